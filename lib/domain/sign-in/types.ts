/**
 * How one scope (an account, a client address) is throttled: after `maxFailures` failures in a row it is locked for
 * `lockMs`, doubled at each further lockout up to `maxLockMs`. Failures are forgotten after `forgetAfterMs` without one
 * (counted from the end of a lockout, so back-to-back lockouts keep doubling).
 */
export type SignInRule = { maxFailures: number; lockMs: number; maxLockMs: number; forgetAfterMs: number };

/** A scope's row in rate_limit_buckets: failures in a row, the last one's time (ms), the lockout's end if any. */
export type SignInState = { failures: number; at: number; lockedUntil: number | null };

export type SignInScope = "account" | "address";
