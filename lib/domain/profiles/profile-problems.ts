import type { CellProblemKind } from "./read-cell";

/** Every reason a row is not applied: a bad value, a row that is no profile, or a handle we must not write. */
export type RowProblemKind = CellProblemKind | "bad-row" | "duplicate" | "not-connected";

/** One reason, with the rows it hit: the first ROW_SAMPLE row numbers (in file order) and how many in all. */
export type ProblemGroup = {
  kind: RowProblemKind;
  /** the column it was found in (null: the row as a whole) */
  column: string | null;
  reason: string;
  /** one value it was found in, for people: `"12.5" is not a whole number` */
  example: string | null;
  rows: number[];
  count: number;
};

export const ROW_SAMPLE = 10;

/** Problems grouped by kind and column, in the order they were first met. */
export class ProblemTally {
  private readonly groups = new Map<string, ProblemGroup>();

  add(kind: RowProblemKind, column: string | null, reason: string, row: number, example: string | null = null): void {
    const id = `${kind}\u0000${column ?? ""}`;
    let group = this.groups.get(id);
    if (!group) this.groups.set(id, (group = { kind, column, reason, example, rows: [], count: 0 }));
    group.count++;
    if (group.rows.length < ROW_SAMPLE) group.rows.push(row);
  }

  list(): ProblemGroup[] {
    return [...this.groups.values()].map((g) => ({ ...g, rows: [...g.rows].sort((a, b) => a - b) }));
  }
}

/** What each kind means, as the preview says it (the column is named beside it). */
export const PROBLEM_REASONS: Record<RowProblemKind, string> = {
  "no-handle": "no handle",
  "bad-handle": "not a valid handle (letters, digits, _ and . only)",
  "wrong-type": "wrong type",
  "negative-count": "negative count",
  "over-cap": "count over the sane limit",
  "future-date": "date in the future",
  "bad-row": "not a profile entry",
  duplicate: "duplicate handle: a later row for the same handle is used (last wins)",
  "not-connected": "handle not among this account's followers or following",
};

/** "lines 3, 7 and 9", or "lines 2, 3, … 11 and 15 more" past the sample. */
export function describeRows(group: Pick<ProblemGroup, "rows" | "count">, unit: "line" | "entry"): string {
  const words = group.count === 1 ? unit : unit === "entry" ? "entries" : "lines";
  const more = group.count - group.rows.length;
  if (more > 0) return `${words} ${group.rows.join(", ")} and ${more.toLocaleString("en-US")} more`;
  if (group.rows.length === 1) return `${words} ${group.rows[0]}`;
  return `${words} ${group.rows.slice(0, -1).join(", ")} and ${group.rows[group.rows.length - 1]}`;
}
