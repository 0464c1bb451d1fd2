// A small CSV reader for the public sets: comma-separated, optional double quotes ("" inside quotes is a quote),
// CRLF or LF. Returns the header and the rows as strings; empty lines are skipped.
export function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const lines: string[][] = [];
  let row: string[] = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell); cell = "";
      if (row.some((v) => v !== "")) lines.push(row);
      row = [];
    } else cell += c;
  }
  row.push(cell);
  if (row.some((v) => v !== "")) lines.push(row);
  const [header = [], ...rows] = lines;
  return { header, rows };
}

/** Reads the named columns of a CSV into records; throws on a missing column so a changed file fails loudly. */
export function csvRecords(text: string, columns: readonly string[]): Record<string, string>[] {
  const { header, rows } = parseCsv(text);
  const at = columns.map((name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`column "${name}" not in header: ${header.join(", ")}`);
    return i;
  });
  return rows.map((r) => Object.fromEntries(columns.map((name, k) => [name, r[at[k] ?? -1] ?? ""])));
}

/** A finite number, or null for an empty/NA cell; throws on anything else. */
export function num(cell: string): number | null {
  const t = cell.trim();
  if (t === "" || t === "NA") return null;
  const n = Number(t);
  if (!Number.isFinite(n)) throw new Error(`not a number: "${cell}"`);
  return n;
}

/** 1/0, TRUE/FALSE (any case), or null for an empty/NA cell; throws on anything else. */
export function bool(cell: string): boolean | null {
  const t = cell.trim().toLowerCase();
  if (t === "" || t === "na") return null;
  if (t === "1" || t === "true") return true;
  if (t === "0" || t === "false") return false;
  throw new Error(`not a boolean: "${cell}"`);
}
