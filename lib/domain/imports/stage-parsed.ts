import { normalizeHandle } from "../handles";
import { mergeLists, type SortedList, type StageColumns } from "../stage-rows";
import type { ParsedList } from "./types";

/**
 * What prepareSnapshot + stageColumns make of a snapshot (one row per handle, both lists merged in key order, the
 * earliest follow date per handle with its spelling, unknown or future dates set to the snapshot time, the follower
 * list's spelling first), made straight from parsed columns: no object, Map entry or Date per row, so a million-row
 * export costs tens of MB here instead of hundreds.
 */
export function stageParsedLists(followers: ParsedList | null, following: ParsedList | null, takenAt: Date): StageColumns {
  const cap = takenAt.getTime();
  return mergeLists(followers && sortList(followers, cap), following && sortList(following, cap));
}

/** A list normalized as columns: keys sorted and unique, the spelling of the earliest follow, dates in ms. */
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
  const out = { keys: [] as string[], handles: [] as string[], since: new Float64Array(order.length) };
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
