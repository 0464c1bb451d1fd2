import { ImportError, type ExportSource } from "@/lib/domain/imports/types";
import { readCell, type CellValue } from "./read-cell";
import { PROBLEM_REASONS, ProblemTally } from "./profile-problems";
import { fieldOf, PROFILE_TARGETS, type ProfileField, type ProfileTarget } from "./profile-targets";
import { readProfileRecords, type ProfileFormat, type RowUnit } from "./profile-records";
import { resolveMapping, type ColumnChoices, type ProfileMapping } from "./resolve-mapping";

/** One profile to write: a handle and the fields the file gave for it (a field it lacks keeps what is stored). */
export type ProfileRow = { key: string; handle: string; row: number; values: Partial<Record<ProfileField, number | boolean>> };

export type ParsedProfiles = {
  format: ProfileFormat;
  layout: string;
  rowUnit: RowUnit;
  mapping: ProfileMapping;
  /** data rows in the file */
  rows: number;
  /** rows with a value we cannot use (or no profile at all): none of their values is applied */
  withProblems: number;
  /** one per handle, the last usable row of each (in the order the handles first appear) */
  profiles: ProfileRow[];
  /** rows replaced by a later row of the same handle */
  duplicates: number;
  tally: ProblemTally;
};

export type ParseProfilesOptions = { format: ProfileFormat; choices?: ColumnChoices; now: Date };

/** More columns than this is not a list of profiles (and would make the preview unreadable). */
export const MAX_COLUMNS = 300;

/**
 * Reads a profile file twice: once for its columns (a CSV's header; every key of a JSON file), which decide the
 * mapping, then for the values. A row with any value we cannot use is not applied at all, and each problem is
 * counted with its rows; of several usable rows for one handle the last wins.
 */
export async function parseProfiles(source: ExportSource, options: ParseProfilesOptions): Promise<ParsedProfiles> {
  const columns = await readColumns(source, options.format);
  const mapping = resolveMapping(columns, options.choices);
  const used = PROFILE_TARGETS.flatMap((t) => (mapping.byTarget[t] ? [[t, mapping.byTarget[t]!] as const] : []));
  const handleColumn = mapping.byTarget.handle;
  const tally = new ProblemTally();
  const byKey = new Map<string, ProfileRow>();
  let rows = 0;
  let withProblems = 0;
  let duplicates = 0;
  const unit: RowUnit = options.format === "json" ? "entry" : "line";

  const read = await readProfileRecords(source, options.format, {
    bad(row, detail) {
      rows++;
      withProblems++;
      tally.add("bad-row", null, PROBLEM_REASONS["bad-row"], row, detail);
    },
    record(row, cells) {
      rows++;
      if (!handleColumn) return;
      const values: Partial<Record<ProfileTarget, CellValue>> = {};
      let failed = false;
      for (const [target, column] of used) {
        const result = readCell(target, cells.get(column), options.now);
        if ("problem" in result) {
          failed = true;
          tally.add(result.problem.kind, column, PROBLEM_REASONS[result.problem.kind], row, result.problem.detail);
        } else values[target] = result.value;
      }
      if (failed) return void withProblems++;
      const name = values.handle as { key: string; display: string };
      const profile: ProfileRow = { key: name.key, handle: name.display, row, values: {} };
      for (const [target] of used) {
        const field = fieldOf(target);
        const value = values[target];
        if (field && value !== null && value !== undefined) profile.values[field] = value as number | boolean;
      }
      const earlier = byKey.get(name.key);
      if (earlier) {
        duplicates++;
        tally.add("duplicate", handleColumn, PROBLEM_REASONS.duplicate, earlier.row, `${JSON.stringify(name.display)}: ${unit} ${row} is used`);
        Object.assign(earlier, profile);
      } else byKey.set(name.key, profile);
    },
  });
  return { format: read.format, layout: read.layout, rowUnit: read.rowUnit, mapping, rows, withProblems, profiles: [...byKey.values()], duplicates, tally };
}

async function readColumns(source: ExportSource, format: ProfileFormat): Promise<string[]> {
  if (format === "csv") {
    const { header } = await readProfileRecords(source, format, { record() {}, bad() {} }, true);
    if (header!.length > MAX_COLUMNS) throw new ImportError("wrong-shape", `More than ${MAX_COLUMNS} columns: this is not a list of profiles`, `${source.name} line 1`);
    return header!;
  }
  const seen = new Set<string>();
  await readProfileRecords(source, format, {
    bad() {},
    record(row, cells) {
      for (const name of cells.keys()) {
        if (seen.has(name)) continue;
        seen.add(name);
        if (seen.size > MAX_COLUMNS) {
          throw new ImportError("wrong-shape", `More than ${MAX_COLUMNS} different keys: this is not a list of profiles`, `${source.name}, entry ${row}`);
        }
      }
    },
  });
  return [...seen];
}
