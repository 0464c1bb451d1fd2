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
  return prepareRows(entries.length, (i) => entries[i]!.handle, (i) => entries[i]!.since?.getTime() ?? NaN, takenAt);
}

/** The same for a parsed list's columns (since in ms, NaN = unknown): no object per row until the result. */
export function prepareList(list: { handles: string[]; since: ArrayLike<number> }, takenAt: Date): PreparedEntry[] {
  return prepareRows(list.handles.length, (i) => list.handles[i]!, (i) => list.since[i]!, takenAt);
}

function prepareRows(count: number, handleAt: (i: number) => string, sinceAt: (i: number) => number, takenAt: Date): PreparedEntry[] {
  const byKey = new Map<string, PreparedEntry>();
  const cap = takenAt.getTime();
  for (let i = 0; i < count; i++) {
    const name = normalizeHandle(handleAt(i));
    if (!name) continue;
    const since = sinceAt(i);
    const ms = Number.isNaN(since) ? cap : Math.min(since, cap);
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
