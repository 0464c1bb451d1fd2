import type { PrismaClient } from "../generated/prisma/client";
import type { SignInAttempt } from "./begin-sign-in-attempt";
import { clearSignInFailures } from "./clear-sign-in-failures";
import { releaseSignInAttempt } from "./release-sign-in-attempt";

/** The password was right: the account's failures are forgotten; the address only gets this attempt back. */
export async function recordSignInSuccess(prisma: PrismaClient, attempt: SignInAttempt): Promise<void> {
  const { onAddress } = attempt;
  await Promise.all([
    clearSignInFailures(prisma, attempt.keys.account),
    releaseSignInAttempt(prisma, attempt.keys.address, onAddress.lockedNow ? onAddress.lockedUntil : null),
  ]);
}
