import type { PreparedSnapshot } from "./prepare-snapshot";

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
