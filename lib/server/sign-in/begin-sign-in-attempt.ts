import { signInKeys } from "@/lib/domain/sign-in/sign-in-keys";
import type { PrismaClient } from "../generated/prisma/client";
import type { SignInLimits } from "./read-sign-in-limits";
import { releaseSignInAttempt } from "./release-sign-in-attempt";
import { reserveSignInAttempt, type ReservedAttempt } from "./reserve-sign-in-attempt";
import { SignInLockedError } from "./sign-in-locked-error";

type Counted = Extract<ReservedAttempt, { counted: true }>;
type Refused = Extract<ReservedAttempt, { counted: false }>;

/** An attempt counted on both its scopes, waiting for the password check's outcome. */
export type SignInAttempt = { keys: ReturnType<typeof signInKeys>; address: string; onAccount: Counted; onAddress: Counted };

const waitOf = (refused: Refused) => refused.lockedUntil.getTime() - refused.at.getTime();

/**
 * Counts a sign-in on its address, then on its account; throws SignInLockedError when either is locked out, before
 * any password is checked (so even the right one is refused). The address comes first, so tries from a locked-out
 * address do not count against the accounts they name; a try on a locked-out account is taken back from its address.
 */
export async function beginSignInAttempt(prisma: PrismaClient, email: string, address: string, limits: SignInLimits, at: Date | null): Promise<SignInAttempt> {
  const keys = signInKeys(email, address);
  const onAddress = await reserveSignInAttempt(prisma, keys.address, limits.address, at);
  if (!onAddress.counted) throw new SignInLockedError(waitOf(onAddress));
  const onAccount = await reserveSignInAttempt(prisma, keys.account, limits.account, at);
  if (!onAccount.counted) {
    await releaseSignInAttempt(prisma, keys.address, onAddress.lockedNow ? onAddress.lockedUntil : null);
    throw new SignInLockedError(waitOf(onAccount));
  }
  return { keys, address, onAccount, onAddress };
}
