import type { PreparedSnapshot } from "./prepare-snapshot";
import type { AccountProfileInput } from "./types";

/**
 * One row per handle with both follow dates, as the database stages a snapshot: the two lists (each sorted by key)
 * merged in one pass. Columns are parallel arrays, the shape `unnest()` takes; dates are epoch seconds, null when the
 * handle is not in that list.
 */
export type StageColumns = { keys: string[]; handles: string[]; followerSince: (number | null)[]; followingSince: (number | null)[] };

/** One list sorted by key with unique keys, its follow dates in ms. */
export type SortedList = { keys: string[]; handles: string[]; since: ArrayLike<number> };

export function stageColumns(snap: PreparedSnapshot): StageColumns {
  const asList = (entries: PreparedSnapshot["followers"]): SortedList | null =>
    entries && { keys: entries.map((e) => e.key), handles: entries.map((e) => e.handle), since: entries.map((e) => e.since.getTime()) };
  return mergeLists(asList(snap.followers), asList(snap.following));
}

/** Both lists merged in one pass, one row per handle; where a handle is in both, the follower list's spelling. */
export function mergeLists(a: SortedList | null, b: SortedList | null): StageColumns {
  const na = a?.keys.length ?? 0;
  const nb = b?.keys.length ?? 0;
  const out: StageColumns = { keys: [], handles: [], followerSince: [], followingSince: [] };
  let i = 0;
  let j = 0;
  while (i < na || j < nb) {
    const ka = i < na ? a!.keys[i]! : null;
    const kb = j < nb ? b!.keys[j]! : null;
    const cmp = kb === null ? -1 : ka === null ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0;
    out.keys.push(cmp <= 0 ? ka! : kb!);
    out.handles.push(cmp <= 0 ? a!.handles[i]! : b!.handles[j]!);
    out.followerSince.push(cmp <= 0 ? a!.since[i]! / 1000 : null);
    out.followingSince.push(cmp >= 0 ? b!.since[j]! / 1000 : null);
    if (cmp <= 0) i++;
    if (cmp >= 0) j++;
  }
  return out;
}

export function sliceColumns(c: StageColumns, start: number, end: number): StageColumns {
  return {
    keys: c.keys.slice(start, end),
    handles: c.handles.slice(start, end),
    followerSince: c.followerSince.slice(start, end),
    followingSince: c.followingSince.slice(start, end),
  };
}

/** A snapshot in the shape the database stages it: what the pipeline applies. */
export type StagedSnapshot = {
  takenAt: Date;
  source: string;
  contentHash: string;
  hasFollowers: boolean;
  hasFollowing: boolean;
  columns: StageColumns;
  profiles: AccountProfileInput[];
};

export function toStaged(snap: PreparedSnapshot): StagedSnapshot {
  return {
    takenAt: snap.takenAt,
    source: snap.source,
    contentHash: snap.contentHash,
    hasFollowers: snap.followers !== null,
    hasFollowing: snap.following !== null,
    columns: stageColumns(snap),
    profiles: snap.profiles,
  };
}

/** How many handles of the staged rows are in each list. */
export function listSizes(columns: StageColumns): { followers: number; following: number } {
  let followers = 0;
  let following = 0;
  for (let i = 0; i < columns.keys.length; i++) {
    if (columns.followerSince[i] !== null) followers++;
    if (columns.followingSince[i] !== null) following++;
  }
  return { followers, following };
}
