import { describeSignInLockout } from "@/lib/domain/sign-in/describe-sign-in-lockout";

/**
 * Thrown from next-auth's authorize: next-auth hands a thrown error's message to the sign-in form as `error`, which
 * shows this one sentence (and only it) as it is. The same for a known and an unknown email.
 */
export class SignInLockedError extends Error {
  readonly retryAfterSeconds: number;
  constructor(waitMs: number) {
    super(describeSignInLockout(waitMs));
    this.name = "SignInLockedError";
    this.retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
  }
}
