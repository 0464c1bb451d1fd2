// Small collection helpers for the detectors. Histories can hold a million follows, so both stay linear: no array
// copied per item, no spread of a long array into Math.min (which overflows the call stack).

/** Items grouped by key, in the order each key first appears. */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The earliest and latest of some times (at least one). */
export function timeSpan(times: Date[]): { start: Date; end: Date } {
  let min = Infinity;
  let max = -Infinity;
  for (const t of times) {
    min = Math.min(min, t.getTime());
    max = Math.max(max, t.getTime());
  }
  return { start: new Date(min), end: new Date(max) };
}
