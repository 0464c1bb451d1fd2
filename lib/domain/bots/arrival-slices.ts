/** Where to cut a stream of follower arrivals (ms, ascending) so that coordinated batches stay in one slice. */
export type SliceRules = { quietGapMs: number; maxPending: number };

/**
 * The index to cut the held arrivals at (0: keep holding). Normally just after the last quiet gap, searching only
 * arrivals from `searched` on (earlier ones were searched before, so the whole slice is never searched again). An
 * account that is never quiet that long is cut at its longest gap once `maxPending` arrivals are held, so memory
 * stays bounded.
 */
export function nextCut(times: ArrayLike<number>, searched: number, rules: SliceRules): number {
  for (let i = times.length - 1; i >= Math.max(searched, 1); i--) {
    if (times[i]! - times[i - 1]! > rules.quietGapMs) return i;
  }
  if (times.length < rules.maxPending) return 0;
  let best = 0;
  let longest = 0;
  for (let i = 1; i < times.length; i++) {
    if (times[i]! - times[i - 1]! > longest) [best, longest] = [i, times[i]! - times[i - 1]!];
  }
  return best || times.length;
}
