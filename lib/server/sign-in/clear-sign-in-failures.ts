import type { PrismaClient } from "../generated/prisma/client";

/** A successful sign-in forgets its account's failures, and any lockout its own attempt started. */
export async function clearSignInFailures(prisma: PrismaClient, key: string): Promise<void> {
  await prisma.rateLimitBucket.deleteMany({ where: { key } });
}
