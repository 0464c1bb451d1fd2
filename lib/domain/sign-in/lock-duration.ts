import type { SignInRule } from "./types";

/** Past 2^30 × the base the cap has long applied; stopping there keeps the power finite (SQL's power() would overflow). */
const MAX_DOUBLINGS = 30;

/** How long the `lockout`-th lockout in a row lasts: the base, doubled each time, capped. */
export function lockDuration(lockout: number, rule: SignInRule): number {
  if (!Number.isInteger(lockout) || lockout < 1) throw new RangeError(`lockout must be a positive integer, not ${lockout}`);
  return Math.min(rule.maxLockMs, rule.lockMs * 2 ** Math.min(lockout - 1, MAX_DOUBLINGS));
}
