import type { RelationshipRow } from "./view-types";

export const csvHeader = "handle,follows_you_since,you_follow_since,left_after,left_before\n";

/** RFC 4180 quoting, and a leading apostrophe for cells a spreadsheet would run as a formula. */
export function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(r: RelationshipRow): string {
  return [r.handle, r.followerSince, r.followingSince, r.followerLostAfter, r.followerLostBefore].map(csvCell).join(",") + "\n";
}

export function jsonLine(r: RelationshipRow): string {
  return JSON.stringify({
    handle: r.handle,
    followsYouSince: r.followerSince,
    youFollowSince: r.followingSince,
    leftAfter: r.followerLostAfter,
    leftBefore: r.followerLostBefore,
  }) + "\n";
}
