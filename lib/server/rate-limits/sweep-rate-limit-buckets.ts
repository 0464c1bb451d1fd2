import { readApiLimits, type ApiLimits } from "../api/api-limits";
import type { PrismaClient } from "../generated/prisma/client";
import { readSignInLimits, type SignInLimits } from "../sign-in/read-sign-in-limits";

export type SweepOptions = { api?: Pick<ApiLimits, "ratePerMinute" | "rateBurst">; signIn?: SignInLimits; at?: Date };

/**
 * Deletes buckets that remember nothing any more, so keys made by floods of made-up emails or addresses do not pile
 * up: an API bucket idle long enough to be full again, a sign-in bucket with no lockout in force whose failures are
 * forgotten. A missing row means exactly that, so nothing changes for anyone. Both cuts are ranges on updated_at (its
 * index); call it now and then (the maintenance tick) rather than per request. Returns how many rows went.
 */
export async function sweepRateLimitBuckets(prisma: PrismaClient, options: SweepOptions = {}): Promise<number> {
  const api = options.api ?? readApiLimits();
  const signIn = options.signIn ?? readSignInLimits();
  const at = options.at ?? null;
  // From empty, a bucket is full after burst / rate minutes: any bucket idle that long is full whatever it held.
  const fullAfterMs = (api.rateBurst / api.ratePerMinute) * 60_000;
  return prisma.$executeRaw`
    WITH clock AS (SELECT coalesce(${at}::timestamptz, now()) AS at)
    DELETE FROM rate_limit_buckets b USING clock
    WHERE (b.key LIKE 'api:%' AND b.updated_at < clock.at - ${fullAfterMs}::float8 * interval '1 millisecond')
       OR (b.key LIKE 'signin:account:%'
           AND b.updated_at < clock.at - ${signIn.account.forgetAfterMs}::float8 * interval '1 millisecond'
           AND (b.locked_until IS NULL OR b.locked_until < clock.at - ${signIn.account.forgetAfterMs}::float8 * interval '1 millisecond'))
       OR (b.key LIKE 'signin:address:%'
           AND b.updated_at < clock.at - ${signIn.address.forgetAfterMs}::float8 * interval '1 millisecond'
           AND (b.locked_until IS NULL OR b.locked_until < clock.at - ${signIn.address.forgetAfterMs}::float8 * interval '1 millisecond'))`;
}
