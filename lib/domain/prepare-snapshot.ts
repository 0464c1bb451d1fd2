import { createHash } from "node:crypto";
import { normalizeHandle } from "./handles";
import type { AccountProfileInput, SnapshotEntry, SnapshotInput } from "./types";

export type PreparedEntry = { key: string; handle: string; since: Date };

export type PreparedSnapshot = {
  takenAt: Date;
  source: string;
  followers: PreparedEntry[] | null;
  following: PreparedEntry[] | null;
  profiles: AccountProfileInput[];
  /** identifies the content: the same lists at the same time are the same snapshot */
  contentHash: string;
};

/**
 * Normalizes one list: handles keyed case-insensitively, one row per key (the earliest follow date wins, then the
 * first spelling), unknown or future dates become the snapshot time, rows sorted by key (the order the database
 * stores them in, which keeps its index inserts sequential).
 */
export function prepareEntries(entries: SnapshotEntry[], takenAt: Date): PreparedEntry[] {
  const byKey = new Map<string, PreparedEntry>();
  const cap = takenAt.getTime();
  for (const entry of entries) {
    const name = normalizeHandle(entry.handle);
    if (!name) continue;
    const ms = entry.since && !Number.isNaN(entry.since.getTime()) ? Math.min(entry.since.getTime(), cap) : cap;
    const seen = byKey.get(name.key);
    if (!seen || ms < seen.since.getTime()) byKey.set(name.key, { key: name.key, handle: name.display, since: new Date(ms) });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function prepareSnapshot(input: SnapshotInput, contentHash?: string): PreparedSnapshot {
  const followers = input.followers ? prepareEntries(input.followers, input.takenAt) : null;
  const following = input.following ? prepareEntries(input.following, input.takenAt) : null;
  // One spelling per handle in a snapshot: the follower list's wins over the following list's.
  if (followers && following) {
    const spelling = new Map(followers.map((e) => [e.key, e.handle]));
    for (const e of following) e.handle = spelling.get(e.key) ?? e.handle;
  }
  return {
    takenAt: input.takenAt,
    source: input.source,
    followers,
    following,
    profiles: input.profiles ?? [],
    contentHash: contentHash ?? hashLists(input.takenAt, followers, following),
  };
}

function hashLists(takenAt: Date, followers: PreparedEntry[] | null, following: PreparedEntry[] | null): string {
  const hash = createHash("sha256").update(`t ${takenAt.toISOString()}\n`);
  for (const [tag, list] of [["F", followers], ["G", following]] as const) {
    hash.update(list ? `${tag} ${list.length}\n` : `${tag} none\n`);
    for (const e of list ?? []) hash.update(`${e.key}\t${e.since.getTime()}\n`);
  }
  return hash.digest("hex");
}
