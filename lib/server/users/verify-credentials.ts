import { verifyPassword } from "../auth/password";
import { db } from "../db";
import { beginSignInAttempt } from "../sign-in/begin-sign-in-attempt";
import { readSignInLimits } from "../sign-in/read-sign-in-limits";
import { recordSignInFailure } from "../sign-in/record-sign-in-failure";
import { recordSignInSuccess } from "../sign-in/record-sign-in-success";
import { SignInLockedError } from "../sign-in/sign-in-locked-error";

export type VerifyOptions = {
  /** the client's address (readClientAddress), throttled alongside the account */
  address?: string;
  /** the attempt's time; the database's clock when absent (tests move it) */
  at?: Date;
};

/**
 * The user for an email and password, or null; the same answer for an unknown email and a wrong password. Throws
 * SignInLockedError while the account or the address is locked out (even for the right password), and on the failure
 * that starts a lockout; for an unknown email exactly as for a known one.
 */
export async function verifyCredentials(email: string, password: string, options: VerifyOptions = {}) {
  const prisma = db();
  const attempt = await beginSignInAttempt(prisma, email, options.address ?? "unknown", readSignInLimits(), options.at ?? null);
  const user = await prisma.user.findUnique({
    where: { email: attempt.keys.email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  // An unknown email is checked against a hash of the same cost, so response time does not reveal which emails exist.
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches) {
    const lockedFor = await recordSignInFailure(prisma, attempt, user?.id ?? null);
    if (lockedFor !== null) throw new SignInLockedError(lockedFor);
    return null;
  }
  await recordSignInSuccess(prisma, attempt);
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
