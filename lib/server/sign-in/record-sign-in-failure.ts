import type { SignInScope } from "@/lib/domain/sign-in/types";
import type { PrismaClient } from "../generated/prisma/client";
import type { SignInAttempt } from "./begin-sign-in-attempt";
import { confirmSignInFailures } from "./confirm-sign-in-failures";
import { recordSignInLockout } from "./record-sign-in-lockout";

/**
 * The password was wrong (or the email unknown: `userId` null, the same writes otherwise). Stamps the failure and
 * writes a security event per lockout this attempt started; returns how long the longer one lasts, or null.
 */
export async function recordSignInFailure(prisma: PrismaClient, attempt: SignInAttempt, userId: number | null): Promise<number | null> {
  await confirmSignInFailures(prisma, [attempt.keys.account, attempt.keys.address], attempt.onAccount.at);
  const started = (["account", "address"] as SignInScope[]).flatMap((scope) => {
    const counted = scope === "account" ? attempt.onAccount : attempt.onAddress;
    return counted.lockedNow && counted.lockedUntil ? [{ scope, failures: counted.failures, until: counted.lockedUntil, at: counted.at }] : [];
  });
  await Promise.all(started.map((l) => recordSignInLockout(prisma, { scope: l.scope, userId, address: attempt.address, failures: l.failures, until: l.until })));
  return started.length ? Math.max(...started.map((l) => l.until.getTime() - l.at.getTime())) : null;
}
