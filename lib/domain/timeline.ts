// The pure reference of the snapshot pipeline: the SQL in lib/server/snapshots does the same set logic at scale,
// and the integration tests compare the two on random snapshot sequences.
import type { PreparedEntry, PreparedSnapshot } from "./prepare-snapshot";
import type { Direction } from "./types";

export type RelationshipState = {
  key: string;
  handle: string;
  followerSince: Date | null;
  followingSince: Date | null;
  followerLostAfter: Date | null;
  followerLostBefore: Date | null;
  followingLostAfter: Date | null;
  followingLostBefore: Date | null;
};

export type ClosedInterval = { key: string; direction: Direction; since: Date; untilAfter: Date; untilBefore: Date };

export type DailyRow = {
  day: string;
  followers: number;
  following: number;
  gainedFollowers: number;
  lostFollowers: number;
  gainedFollowing: number;
  lostFollowing: number;
};

export type TimelineState = {
  relationships: Map<string, RelationshipState>;
  intervals: ClosedInterval[];
  daily: Map<string, DailyRow>;
  hashes: Set<string>;
  lastTakenAt: Date | null;
  /** time of the last snapshot that had each list: an unfollow happened after it */
  lastFollowersAt: Date | null;
  lastFollowingAt: Date | null;
};

export type SnapshotSummary = {
  gainedFollowers: number;
  lostFollowers: number;
  gainedFollowing: number;
  lostFollowing: number;
  followerCount: number;
  followingCount: number;
  mutualCount: number;
};

export class SnapshotOrderError extends Error {
  constructor(takenAt: Date, latest: Date, sameTime = false) {
    super(
      sameTime
        ? `A different snapshot taken at exactly ${takenAt.toISOString()} is already imported: pick another snapshot time.`
        : `This snapshot was taken at ${takenAt.toISOString()}, before the latest one (${latest.toISOString()}). ` +
            "Confirm placing it in the timeline to recompute the history after it.",
    );
    this.name = "SnapshotOrderError";
  }
}

export function emptyTimeline(): TimelineState {
  return {
    relationships: new Map(),
    intervals: [],
    daily: new Map(),
    hashes: new Set(),
    lastTakenAt: null,
    lastFollowersAt: null,
    lastFollowingAt: null,
  };
}

export const utcDay = (d: Date) => d.toISOString().slice(0, 10);

export function applySnapshotReference(
  state: TimelineState,
  snap: PreparedSnapshot,
): { status: "applied" | "duplicate"; summary: SnapshotSummary } {
  if (state.hashes.has(snap.contentHash)) return { status: "duplicate", summary: summarize(state, zeroChanges()) };
  if (state.lastTakenAt && snap.takenAt <= state.lastTakenAt) throw new SnapshotOrderError(snap.takenAt, state.lastTakenAt);
  const changes = zeroChanges();
  if (snap.followers) applyList(state, snap, snap.followers, 1, changes);
  if (snap.following) applyList(state, snap, snap.following, 2, changes);
  renameFromSnapshot(state, snap);
  rebuildCumulative(state.daily);
  state.hashes.add(snap.contentHash);
  state.lastTakenAt = snap.takenAt;
  if (snap.followers) state.lastFollowersAt = snap.takenAt;
  if (snap.following) state.lastFollowingAt = snap.takenAt;
  return { status: "applied", summary: summarize(state, changes) };
}

type Changes = Pick<SnapshotSummary, "gainedFollowers" | "lostFollowers" | "gainedFollowing" | "lostFollowing">;
const zeroChanges = (): Changes => ({ gainedFollowers: 0, lostFollowers: 0, gainedFollowing: 0, lostFollowing: 0 });

function applyList(state: TimelineState, snap: PreparedSnapshot, list: PreparedEntry[], dir: Direction, changes: Changes) {
  const sinceField = dir === 1 ? "followerSince" : "followingSince";
  const present = new Set(list.map((e) => e.key));
  const previousAt = dir === 1 ? state.lastFollowersAt : state.lastFollowingAt;
  for (const rel of state.relationships.values()) {
    const since = rel[sinceField];
    if (!since || present.has(rel.key)) continue;
    const untilAfter = previousAt ?? since;
    closeInterval(state.intervals, { key: rel.key, direction: dir, since, untilAfter, untilBefore: snap.takenAt });
    rel[sinceField] = null;
    if (dir === 1) Object.assign(rel, { followerLostAfter: untilAfter, followerLostBefore: snap.takenAt });
    else Object.assign(rel, { followingLostAfter: untilAfter, followingLostBefore: snap.takenAt });
    bumpDay(state.daily, utcDay(snap.takenAt), dir === 1 ? "lostFollowers" : "lostFollowing");
    changes[dir === 1 ? "lostFollowers" : "lostFollowing"]++;
  }
  for (const e of list) {
    let rel = state.relationships.get(e.key);
    if (!rel) {
      rel = { key: e.key, handle: e.handle, followerSince: null, followingSince: null, followerLostAfter: null, followerLostBefore: null, followingLostAfter: null, followingLostBefore: null };
      state.relationships.set(e.key, rel);
    }
    if (rel[sinceField]) continue;
    rel[sinceField] = e.since;
    // A follow that comes back is charted no earlier than the loss it undoes (its date may predate that loss when
    // the earlier list was partial), so the history never counts one account twice.
    const lostBefore = dir === 1 ? rel.followerLostBefore : rel.followingLostBefore;
    const chartAt = lostBefore && lostBefore > e.since ? lostBefore : e.since;
    bumpDay(state.daily, utcDay(chartAt), dir === 1 ? "gainedFollowers" : "gainedFollowing");
    changes[dir === 1 ? "gainedFollowers" : "gainedFollowing"]++;
  }
}

/** An interval closed again with the same start (it came back after a partial list) is extended, not doubled. */
function closeInterval(intervals: ClosedInterval[], next: ClosedInterval) {
  const same = intervals.findIndex((i) => i.key === next.key && i.direction === next.direction && i.since.getTime() === next.since.getTime());
  if (same >= 0) intervals[same] = next;
  else intervals.push(next);
}

/** The spelling last seen wins (prepareSnapshot gave each handle one spelling per snapshot). */
function renameFromSnapshot(state: TimelineState, snap: PreparedSnapshot) {
  for (const list of [snap.followers, snap.following]) {
    for (const e of list ?? []) {
      const rel = state.relationships.get(e.key);
      if (rel) rel.handle = e.handle;
    }
  }
}

function bumpDay(daily: Map<string, DailyRow>, day: string, field: keyof Changes) {
  let row = daily.get(day);
  if (!row) {
    row = { day, followers: 0, following: 0, gainedFollowers: 0, lostFollowers: 0, gainedFollowing: 0, lostFollowing: 0 };
    daily.set(day, row);
  }
  row[field]++;
}

function rebuildCumulative(daily: Map<string, DailyRow>) {
  let followers = 0;
  let following = 0;
  for (const day of [...daily.keys()].sort()) {
    const row = daily.get(day)!;
    followers += row.gainedFollowers - row.lostFollowers;
    following += row.gainedFollowing - row.lostFollowing;
    row.followers = followers;
    row.following = following;
  }
}

function summarize(state: TimelineState, changes: Changes): SnapshotSummary {
  let followerCount = 0;
  let followingCount = 0;
  let mutualCount = 0;
  for (const rel of state.relationships.values()) {
    if (rel.followerSince) followerCount++;
    if (rel.followingSince) followingCount++;
    if (rel.followerSince && rel.followingSince) mutualCount++;
  }
  return { ...changes, followerCount, followingCount, mutualCount };
}
