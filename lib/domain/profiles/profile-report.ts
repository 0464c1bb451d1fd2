import type { ParsedProfiles, ProfileRow } from "./parse-profiles";
import { PROBLEM_REASONS, type ProblemGroup } from "./profile-problems";
import { PROFILE_FIELDS, type ProfileField } from "./profile-targets";
import type { ProfileFormat, RowUnit } from "./profile-records";
import type { ColumnPlan } from "./resolve-mapping";

/** Which accounts of the tracked account a handle is: a follower, followed by it, or both. */
export type Connection = { follower: boolean; following: boolean };

/** What a profile file holds and what applying it writes: the preview, stored with the profile import. */
export type ProfileReport = {
  format: ProfileFormat;
  layout: string;
  rowUnit: RowUnit;
  columns: ColumnPlan[];
  /** reasons the file cannot be applied as mapped (no handle column) */
  blocking: string[];
  rows: number;
  /** rows with a value we cannot use: not applied */
  withProblems: number;
  /** rows whose values are all fine */
  usable: number;
  /** usable rows replaced by a later row of the same handle */
  duplicates: number;
  /** handles among the account's followers or following (or the account itself): the profiles written */
  matched: number;
  matchedFollowers: number;
  matchedFollowing: number;
  /** usable handles that are neither: not written */
  notMatched: number;
  /** how many of the profiles written carry each field */
  fieldsFilled: Record<ProfileField, number>;
  problems: ProblemGroup[];
};

/**
 * Keeps the profiles of handles connected to the tracked account (its followers, the accounts it follows, and its
 * own handle): profiles are shared by every creator whose lists hold the handle, so a file may not repaint strangers'.
 * Returns what to write and the finished report.
 */
export function matchProfiles(parsed: ParsedProfiles, connections: ReadonlyMap<string, Connection>, ownKey: string): { write: ProfileRow[]; report: ProfileReport } {
  const write: ProfileRow[] = [];
  let followers = 0;
  let following = 0;
  const handleColumn = parsed.mapping.byTarget.handle ?? null;
  for (const profile of parsed.profiles) {
    const connection = connections.get(profile.key);
    if (!connection && profile.key !== ownKey) {
      parsed.tally.add("not-connected", handleColumn, PROBLEM_REASONS["not-connected"], profile.row, JSON.stringify(profile.handle));
      continue;
    }
    write.push(profile);
    if (connection?.follower) followers++;
    if (connection?.following) following++;
  }
  const fieldsFilled = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, write.filter((p) => p.values[f] !== undefined).length])) as Record<ProfileField, number>;
  const usable = parsed.rows - parsed.withProblems;
  return {
    write,
    report: {
      format: parsed.format,
      layout: parsed.layout,
      rowUnit: parsed.rowUnit,
      columns: parsed.mapping.columns,
      blocking: parsed.mapping.blocking,
      rows: parsed.rows,
      withProblems: parsed.withProblems,
      usable: parsed.mapping.byTarget.handle ? usable : 0,
      duplicates: parsed.duplicates,
      matched: write.length,
      matchedFollowers: followers,
      matchedFollowing: following,
      notMatched: parsed.profiles.length - write.length,
      fieldsFilled,
      problems: parsed.tally.list(),
    },
  };
}
