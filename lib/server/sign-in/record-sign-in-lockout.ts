import type { SignInScope } from "@/lib/domain/sign-in/types";
import type { PrismaClient } from "../generated/prisma/client";

export const SIGN_IN_LOCKOUT = "sign-in-lockout";

export type SignInLockout = { scope: SignInScope; userId: number | null; address: string; failures: number; until: Date };

/** One security event per lockout, for the admins' platform view (never shown to the locked-out user). */
export async function recordSignInLockout(prisma: PrismaClient, lockout: SignInLockout): Promise<void> {
  await prisma.securityEvent.create({
    data: {
      kind: SIGN_IN_LOCKOUT,
      userId: lockout.userId,
      address: lockout.address,
      detail: { scope: lockout.scope, failures: lockout.failures, until: lockout.until.toISOString() },
    },
  });
}
