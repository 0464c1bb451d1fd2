/** Where to cut a stream of follower arrivals (times in ms, ascending) so that coordinated batches stay in one slice. */
export type SliceRules = { quietGapMs: number; maxPending: number };

/**
 * The index to cut the held arrivals at (0: keep holding). Normally just after the last quiet gap, searching only
 * arrivals from `searched` on (earlier ones were searched before, so the whole slice is never searched again). An
 * account that is never quiet that long is cut at its longest gap once `maxPending` arrivals are held, so memory
 * stays bounded.
 */
export function nextCut(count: number, timeAt: (i: number) => number, searched: number, rules: SliceRules): number {
  const gapBefore = (i: number) => timeAt(i) - timeAt(i - 1);
  for (let i = count - 1; i >= Math.max(searched, 1); i--) {
    if (gapBefore(i) > rules.quietGapMs) return i;
  }
  if (count < rules.maxPending) return 0;
  let best = 0;
  let longest = 0;
  for (let i = 1; i < count; i++) {
    if (gapBefore(i) > longest) [best, longest] = [i, gapBefore(i)];
  }
  return best || count;
}
