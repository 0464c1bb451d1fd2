import type { PrismaClient } from "../generated/prisma/client";

/** A counted attempt failed: its time becomes the scopes' last failure (what the forgetting window counts from). */
export async function confirmSignInFailures(prisma: PrismaClient, keys: string[], at: Date): Promise<void> {
  await prisma.rateLimitBucket.updateMany({ where: { key: { in: keys }, updatedAt: { lt: at } }, data: { updatedAt: at } });
}
