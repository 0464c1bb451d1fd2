import { assertNotFuture, describe, readDate, readPastDate } from "./dates";
import { finishExport, type ParseOptions } from "./export-result";
import { ListBuilder } from "./list-builder";
import { locate, Problem } from "./problem";
import { readLines } from "./text-lines";
import { ImportError, type ParsedExport } from "./types";

// Followlens' line format for pushes too big for one document (one JSON object per line):
//   {"takenAt": "2026-01-15T09:30:00Z"}                       optional, first line only
//   {"list": "followers", "handle": "anna", "since": 1735732800}
//   {"list": "following", "handle": "bob"}
//   {"list": "following"}                                     only "list": the list is present (possibly empty)
// A list with no line at all is absent ("no data"). Blank lines are ignored.

type Follow = "followers" | "following";

export async function parseFollowlensNdjson(chunks: AsyncIterable<Uint8Array>, options: ParseOptions): Promise<ParsedExport> {
  const name = options.name ?? "followlens.ndjson";
  const lists: Record<Follow, ListBuilder | null> = { followers: null, following: null };
  let takenAt: Date | null = null;
  let entries = 0;
  await readLines(chunks, name, (text, line) => {
    if (!text.trim()) return;
    const where = () => `${name} line ${line}`;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch {
      throw new ImportError("malformed", "Not a valid JSON line", where());
    }
    try {
      if (typeof row !== "object" || row === null || Array.isArray(row)) throw new Problem("wrong-shape", `Each line should be a JSON object, found ${describe(row)}`);
      const r = row as Record<string, unknown>;
      if ("takenAt" in r) {
        if (entries || takenAt) throw new Problem("wrong-shape", `"takenAt" belongs on the first line only`);
        const ms = readDate(r.takenAt);
        if (!Number.isNaN(ms)) assertNotFuture(ms, options.now);
        takenAt = Number.isNaN(ms) ? null : new Date(ms);
        return;
      }
      entries++;
      if (r.list !== "followers" && r.list !== "following") throw new Problem("wrong-shape", `"list" should be "followers" or "following", found ${describe(r.list)}`);
      const builder = (lists[r.list] ??= new ListBuilder(r.list));
      if (Object.keys(r).length === 1) return;
      builder.add(r.handle, readPastDate(r.since, options.now));
    } catch (error) {
      throw locate(error, where);
    }
  });
  return finishExport({ format: "followlens-ndjson", layout: "Followlens NDJSON", ...lists, exportedAt: takenAt, name });
}
