import { normalizeHandle } from "../handles";
import type { StageColumns } from "../stage-rows";
import type { ParsedList } from "./types";

/** A list normalized as columns: keys sorted and unique, the spelling of the earliest follow, dates in ms. */
type SortedList = { keys: string[]; handles: string[]; since: Float64Array };

/**
 * What prepareSnapshot + stageColumns make of a snapshot (one row per handle, both lists merged in key order, the
 * earliest follow date per handle with its spelling, unknown or future dates set to the snapshot time, the follower list's spelling
 * first), made straight from parsed columns: no object, Map entry or Date per row, so a million-row export costs
 * tens of MB here instead of hundreds.
 */
export function stageParsedLists(followers: ParsedList | null, following: ParsedList | null, takenAt: Date): StageColumns {
  const a = followers ? sortList(followers, takenAt.getTime()) : null;
  const b = following ? sortList(following, takenAt.getTime()) : null;
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

function sortList(list: ParsedList, cap: number): SortedList {
  const n = list.handles.length;
  const keys: string[] = new Array(n);
  const handles: string[] = new Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const name = normalizeHandle(list.handles[i]!);
    if (!name) continue;
    keys[i] = name.key;
    handles[i] = name.display;
    order.push(i);
  }
  // Ties keep file order: among rows of one handle with the same date, the first spelling is the one kept.
  order.sort((x, y) => (keys[x]! < keys[y]! ? -1 : keys[x]! > keys[y]! ? 1 : x - y));
  const out: SortedList = { keys: [], handles: [], since: new Float64Array(order.length) };
  let last: string | null = null;
  for (const i of order) {
    const raw = list.since[i]!;
    const ms = Number.isNaN(raw) ? cap : Math.min(raw, cap);
    if (keys[i] === last) {
      const at = out.keys.length - 1;
      if (ms < out.since[at]!) {
        out.since[at] = ms;
        out.handles[at] = handles[i]!;
      }
      continue;
    }
    out.since[out.keys.length] = ms;
    out.keys.push(keys[i]!);
    out.handles.push(handles[i]!);
    last = keys[i]!;
  }
  return { keys: out.keys, handles: out.handles, since: out.since.subarray(0, out.keys.length) };
}
