import { lockDuration } from "./lock-duration";
import type { SignInRule, SignInState } from "./types";

export type SignInFailure =
  | { refused: true; lockedUntil: number }
  | { refused: false; state: SignInState; lockedNow: boolean };

/**
 * One failed sign-in against a scope (null: none remembered). Refused while a lockout lasts, and then not counted
 * (a locked-out user retrying must not stretch the lockout); otherwise counted, and every `maxFailures`-th failure in a
 * row starts a lockout. The reference for lib/server/sign-in/reserve-sign-in-attempt.ts + confirm, replayed against it in
 * the integration test.
 */
export function countSignInFailure(state: SignInState | null, rule: SignInRule, at: number): SignInFailure {
  if (state?.lockedUntil != null && state.lockedUntil > at) return { refused: true, lockedUntil: state.lockedUntil };
  const fresh = state === null || Math.max(state.at, state.lockedUntil ?? state.at) + rule.forgetAfterMs <= at;
  const failures = fresh ? 1 : state.failures + 1;
  const lockedNow = failures % rule.maxFailures === 0;
  const lockedUntil = lockedNow ? at + lockDuration(failures / rule.maxFailures, rule) : null;
  return { refused: false, lockedNow, state: { failures, at: fresh ? at : Math.max(state.at, at), lockedUntil } };
}
