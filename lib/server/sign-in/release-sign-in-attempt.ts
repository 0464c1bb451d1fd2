import type { PrismaClient } from "../generated/prisma/client";

/**
 * Takes back an attempt reserveSignInAttempt counted on an address (it succeeded, or its account was locked): one
 * failure less, and the lockout it started, if it started one, lifted. Its failure time is left as it was, so the
 * address's earlier failures are forgotten on time however busy it is. Other attempts' lockouts stay (their end differs).
 */
export async function releaseSignInAttempt(prisma: PrismaClient, key: string, lockedBy: Date | null): Promise<void> {
  await prisma.$executeRaw`
    UPDATE rate_limit_buckets
    SET failures = greatest(failures - 1, 0),
        locked_until = CASE WHEN locked_until = ${lockedBy}::timestamptz THEN NULL ELSE locked_until END
    WHERE key = ${key}`;
}
