import type { PartialReason } from "./preview";

export type ListCounts = { followers: number | null; following: number | null };

// An export's profile count and its list can differ a little (the count is cached, private accounts drop out), so
// only a clear shortfall counts: under 80% of the profile's own figure, or under half of the previous snapshot.
const PROFILE_SHARE = 0.8;
const PREVIOUS_SHARE = 0.5;
// Small accounts swing by a handful of follows; below these gaps nothing is called partial.
const MIN_GAP = 10;

/**
 * Why a snapshot looks like an interrupted export (and must be confirmed or held rather than applied as a wave of
 * unfollows), or null. `found` is what the export holds (null: no such section), `previous` the counts after the
 * last snapshot that had each list, `profile` the export's own profile counts.
 */
export function detectPartial(found: ListCounts, previous: ListCounts, profile: ListCounts | null): PartialReason | null {
  for (const list of ["followers", "following"] as const) {
    const n = found[list];
    if (n === null) continue;
    const claimed = profile?.[list] ?? null;
    if (claimed !== null && n < claimed * PROFILE_SHARE && claimed - n >= MIN_GAP) {
      return { list, found: n, expected: claimed, against: "profile-count" };
    }
    const before = previous[list];
    if (before !== null && n < before * PREVIOUS_SHARE && before - n >= MIN_GAP) {
      return { list, found: n, expected: before, against: "previous-snapshot" };
    }
  }
  return null;
}

/** The reason in words, for the preview and the held import. */
export function describePartial(p: PartialReason): string {
  const against = p.against === "profile-count" ? "the export's own profile says" : "the previous snapshot had";
  return `This export lists ${p.found.toLocaleString("en-US")} ${p.list}, but ${against} ${p.expected.toLocaleString("en-US")}: it is probably incomplete.`;
}
