/**
 * Followlens CSV: a header line, then one account per line.
 *
 *   handle,followed_at,direction
 *   anna.k,2025-01-02 10:00:00,follower
 *   @Bob_22,2025-03-04T18:30:00Z,following
 *   cleo,,follower
 *
 * - `handle` (required): the account, with or without a leading @; letters, digits, "_" and "." only.
 * - `followed_at` (optional): when that follow began. "YYYY-MM-DD HH:MM:SS" (read as UTC), "YYYY-MM-DD", ISO 8601
 *   with a zone, or Unix epoch seconds or milliseconds. Empty: unknown.
 * - `direction` (optional): `follower` (or `followers`) when the account follows you, `following` when you follow
 *   it; empty means follower.
 * - Header names are matched without regard to case; other columns are ignored (with a warning). Commas,
 *   semicolons or tabs separate fields; fields may be quoted. UTF-8 (a BOM is fine) or UTF-16 with a BOM; LF or
 *   CRLF line ends. Blank lines are skipped.
 * - Without a `direction` column the file is the follower list, and the following list is "no data". With one, a
 *   list that has no line is "no data" (not an empty list).
 * - A handle listed twice (in any case) is kept once, with the earliest date.
 */
import { pipeline, Readable } from "node:stream";
import { parse, type Info } from "csv-parse";
import { readPastDate } from "./dates";
import { finishExport, type ParseOptions } from "./export-result";
import { ListBuilder } from "./list-builder";
import { locate, Problem, quote } from "./problem";
import { decodeChunks, NotText } from "./text-decode";
import { MAX_LINE } from "./text-lines";
import { ImportError, type ParsedExport } from "./types";

const KNOWN = ["handle", "followed_at", "direction"] as const;
type Column = (typeof KNOWN)[number];
type Follow = "followers" | "following";

export async function parseCsv(chunks: AsyncIterable<Uint8Array>, options: ParseOptions): Promise<ParsedExport> {
  const name = options.name ?? "followers.csv";
  const lists: Record<Follow, ListBuilder | null> = { followers: null, following: null };
  const warnings: string[] = [];
  let columns: Partial<Record<Column, number>> | null = null;
  await readCsvRecords(chunks, name, (record, line) => {
    if (!columns) {
      columns = header(record, name, warnings);
      if (columns.direction === undefined) lists.followers = new ListBuilder("followers");
      return;
    }
    row(record, columns, lists, options.now, () => `${name} line ${line}`);
  });
  if (!columns) throw new ImportError("empty-file", "The file has no header line and no rows", name);
  const used = KNOWN.filter((column) => columns![column] !== undefined).join(", ");
  return finishExport({ format: "csv", layout: `CSV (${used})`, ...lists, warnings, name });
}

/**
 * Calls `onRecord` with every record of a CSV file (the header first) and the line it ends on; `onRecord` returning
 * false stops the reading. Commas, semicolons or tabs separate fields; blank lines are skipped; cells are trimmed.
 * Throws ImportError for an empty file, bytes that are not text, and CSV that cannot be read, naming the line.
 */
export async function readCsvRecords(chunks: AsyncIterable<Uint8Array>, name: string, onRecord: (record: string[], line: number) => boolean | void): Promise<void> {
  const text = new LineCountingText(chunks, name);
  const parser = parse({ delimiter: [",", ";", "\t"], skip_empty_lines: true, trim: true, info: true, relax_column_count: true, max_record_size: 1 << 20 });
  pipeline(Readable.from(text.read()), parser, () => {});
  let line = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      line = info.lines;
      if (onRecord(record, line) === false) {
        parser.destroy();
        return;
      }
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof NotText) throw new ImportError("not-text", `The file cannot be read: ${error.detail}`, `${name} line ${text.lines}`);
    const at = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : line + 1;
    throw new ImportError("malformed", `Not valid CSV: ${(error as Error).message.replace(/^Invalid [^:]*:\s*/, "").slice(0, 160)}`, `${name} line ${at}`);
  }
  if (text.bytes === 0) throw new ImportError("empty-file", "The file is empty", name);
}

function header(record: string[], name: string, warnings: string[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  const ignored: string[] = [];
  record.forEach((raw, i) => {
    const label = raw.replace(/^\uFEFF/, "").trim().toLowerCase();
    const known = KNOWN.find((k) => k === label);
    if (!known) return void ignored.push(raw);
    if (columns[known] !== undefined) throw new ImportError("wrong-shape", `The column "${known}" appears twice`, `${name} line 1`);
    columns[known] = i;
  });
  if (columns.handle === undefined) {
    throw new ImportError("wrong-shape", `The header needs a "handle" column (found ${record.slice(0, 5).map(quote).join(", ")})`, `${name} line 1`);
  }
  if (ignored.length) warnings.push(`${name}: ignored the column${ignored.length > 1 ? "s" : ""} ${ignored.slice(0, 5).map(quote).join(", ")}`);
  return columns;
}

function row(record: string[], columns: Partial<Record<Column, number>>, lists: Record<Follow, ListBuilder | null>, now: Date, where: () => string): void {
  const cell = (column: Column) => (columns[column] === undefined ? "" : (record[columns[column]!] ?? ""));
  try {
    const direction = cell("direction").toLowerCase();
    const list: Follow | null = direction === "" || direction === "follower" || direction === "followers" ? "followers" : direction === "following" ? "following" : null;
    if (!list) throw new Problem("wrong-shape", `"direction" should be "follower" or "following", found ${quote(direction)}`);
    (lists[list] ??= new ListBuilder(list)).add(cell("handle"), readPastDate(cell("followed_at"), now));
  } catch (error) {
    throw locate(error, where);
  }
}

/** The file as text for csv-parse, counting lines as it goes so a decoding failure can name its line. */
class LineCountingText {
  lines = 1;
  bytes = 0;
  /** characters of the line not yet ended */
  private open = 0;
  constructor(
    private readonly chunks: AsyncIterable<Uint8Array>,
    private readonly name: string,
  ) {}

  async *read(): AsyncGenerator<string> {
    const self = this;
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const chunk of self.chunks) {
        self.bytes += chunk.length;
        yield chunk;
      }
    }
    try {
      for await (const text of decodeChunks(counted())) {
        this.count(text);
        yield text;
      }
    } catch (error) {
      if (error instanceof NotText) this.count(error.validText);
      throw error;
    }
  }

  /**
   * Counts the lines of `text`. A line past MAX_LINE is refused here: csv-parse trims a huge run of spaces before
   * its own record limit sees it, at about 2 MB/s, so a 500 MB file of spaces would hold a worker for minutes.
   */
  private count(text: string): void {
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      if (this.open + nl - start > MAX_LINE) break;
      this.lines++;
      this.open = 0;
      start = nl + 1;
    }
    this.open += text.length - start;
    if (this.open > MAX_LINE) throw new ImportError("malformed", "A line is far too long for a list export", `${this.name} line ${this.lines}`);
  }
}
