import type { PreparedSnapshot } from "./prepare-snapshot";
import type { AccountProfileInput } from "./types";

/**
 * One row per handle with both follow dates, as the database stages a snapshot: the two lists (each sorted by key)
 * merged in one pass. Columns are parallel arrays, the shape `unnest()` takes; dates are epoch seconds, null when the
 * handle is not in that list.
 */
export type StageColumns = { keys: string[]; handles: string[]; followerSince: (number | null)[]; followingSince: (number | null)[] };

export function stageColumns(snap: PreparedSnapshot): StageColumns {
  const a = snap.followers ?? [];
  const b = snap.following ?? [];
  const out: StageColumns = { keys: [], handles: [], followerSince: [], followingSince: [] };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fa = a[i];
    const fb = b[j];
    const cmp = !fb ? -1 : !fa ? 1 : fa.key < fb.key ? -1 : fa.key > fb.key ? 1 : 0;
    const row = cmp <= 0 ? fa! : fb!;
    out.keys.push(row.key);
    out.handles.push(row.handle);
    out.followerSince.push(cmp <= 0 ? fa!.since.getTime() / 1000 : null);
    out.followingSince.push(cmp >= 0 ? fb!.since.getTime() / 1000 : null);
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
