import type { SignInRule, SignInScope } from "@/lib/domain/sign-in/types";

export type SignInLimits = Record<SignInScope, SignInRule>;

const MINUTE = 60_000;
/** The longest lockout, and how long an account's failures are remembered without a new one. */
const DAY = 24 * 60 * MINUTE;

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : fallback;
};
const whole = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value && Number.isInteger(n) && n > 0 ? n : fallback;
};

/**
 * Sign-in throttling, settable by the environment. An account's failures count until a success (or a quiet day), so a
 * slow guesser gets no more tries than a fast one; an address's are forgotten after a quiet window, because many
 * people can sign in from behind one address and a success on one account must not clear another's failures.
 */
export function readSignInLimits(env: NodeJS.ProcessEnv = process.env): SignInLimits {
  const lockMs = positive(env.FOLLOWLENS_SIGNIN_LOCK_MINUTES, 15) * MINUTE;
  const maxLockMs = Math.max(DAY, lockMs);
  return {
    account: { maxFailures: whole(env.FOLLOWLENS_SIGNIN_MAX_FAILURES, 10), lockMs, maxLockMs, forgetAfterMs: DAY },
    address: {
      maxFailures: whole(env.FOLLOWLENS_SIGNIN_MAX_ADDRESS_FAILURES, 30),
      lockMs,
      maxLockMs,
      forgetAfterMs: positive(env.FOLLOWLENS_SIGNIN_ADDRESS_WINDOW_MINUTES, 60) * MINUTE,
    },
  };
}
