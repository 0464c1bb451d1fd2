import type { TokenDecision, TokenRate } from "@/lib/domain/rate-limits/take-token";
import type { PrismaClient } from "../generated/prisma/client";

type Row = { allowed: boolean; remaining: number; retry_after: number };

/**
 * Takes one token from the bucket `key` (e.g. `api:<tokenId>`), shared by every instance through rate_limit_buckets.
 * One statement, so concurrent requests on any instance serialize on the row lock and none is counted twice; the
 * database's clock (or `at`, for tests) so instances with drifting clocks agree. The arithmetic is takeToken's
 * (lib/domain/rate-limits/take-token.ts) in the same order; `failures` holds the refusals in a row.
 */
export async function takeRateLimitToken(prisma: PrismaClient, key: string, rate: TokenRate, at: Date | null = null): Promise<TokenDecision> {
  const [row] = await prisma.$queryRaw<Row[]>`
    WITH clock AS (SELECT coalesce(${at}::timestamptz, now())::timestamptz(3) AS at)
    INSERT INTO rate_limit_buckets AS b (key, tokens, updated_at, failures)
    SELECT ${key},
           CASE WHEN ${rate.burst}::float8 >= 1 THEN ${rate.burst}::float8 - 1 ELSE ${rate.burst}::float8 END,
           clock.at,
           CASE WHEN ${rate.burst}::float8 >= 1 THEN 0 ELSE 1 END
    FROM clock
    ON CONFLICT (key) DO UPDATE SET (tokens, updated_at, failures) = (
      SELECT CASE WHEN r.tokens >= 1 THEN r.tokens - 1 ELSE r.tokens END,
             greatest(b.updated_at, excluded.updated_at),
             CASE WHEN r.tokens >= 1 THEN 0 ELSE b.failures + 1 END
      FROM (
        SELECT least(
          ${rate.burst}::float8,
          b.tokens + (greatest(0, extract(epoch FROM excluded.updated_at - b.updated_at) * 1000)::float8 * ${rate.perMinute}::float8) / 60000
        ) AS tokens
      ) AS r
    )
    RETURNING failures = 0 AS allowed,
              floor(tokens)::int AS remaining,
              CASE WHEN failures = 0 THEN 0 ELSE greatest(1, ceil(((1 - tokens) * 60) / ${rate.perMinute}::float8))::int END AS retry_after`;
  if (!row) throw new Error(`rate limit bucket ${key} returned no row`);
  return row.allowed ? { allowed: true, remaining: row.remaining } : { allowed: false, retryAfterSeconds: row.retry_after };
}
