import type { RelationshipKind } from "./types";
import type { RelationshipRow } from "./view-types";

/**
 * RFC 4180 quoting, and a leading apostrophe for cells a spreadsheet would run as a formula. A plain negative number
 * ("-3") stays a number: it cannot run anything, and a spreadsheet must be able to add it up.
 */
export function csvCell(value: string | null): string {
  if (value === null) return "";
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

type Column = { csv: string; json: string; value: (r: RelationshipRow) => string | null };

const handle: Column = { csv: "handle", json: "handle", value: (r) => r.handle };
const followsYouSince: Column = { csv: "follows_you_since", json: "followsYouSince", value: (r) => r.followerSince };
const youFollowSince: Column = { csv: "you_follow_since", json: "youFollowSince", value: (r) => r.followingSince };
const leftAfter: Column = { csv: "left_after", json: "leftAfter", value: (r) => r.followerLostAfter };
const leftBefore: Column = { csv: "left_before", json: "leftBefore", value: (r) => r.followerLostBefore };
const botLabel: Column = { csv: "bot_label", json: "botLabel", value: (r) => r.botLabel ?? null };

/** The columns that mean something for each list, in the table's order: its dates, then the bot label. */
const columns: Record<RelationshipKind, Column[]> = {
  followers: [handle, followsYouSince, botLabel],
  fans: [handle, followsYouSince, botLabel],
  "new-followers": [handle, followsYouSince, botLabel],
  mutuals: [handle, followsYouSince, youFollowSince, botLabel],
  following: [handle, youFollowSince, botLabel],
  "not-following-back": [handle, youFollowSince, botLabel],
  "lost-followers": [handle, leftAfter, leftBefore, botLabel],
};

export function csvHeader(kind: RelationshipKind): string {
  return columns[kind].map((c) => c.csv).join(",") + "\n";
}

export function csvLine(kind: RelationshipKind): (r: RelationshipRow) => string {
  return (r) => columns[kind].map((c) => csvCell(c.value(r))).join(",") + "\n";
}

export function jsonLine(kind: RelationshipKind): (r: RelationshipRow) => string {
  return (r) => JSON.stringify(Object.fromEntries(columns[kind].map((c) => [c.json, c.value(r)]))) + "\n";
}
