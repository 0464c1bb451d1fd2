import type { SignInRule } from "@/lib/domain/sign-in/types";
import type { PrismaClient } from "../generated/prisma/client";

export type ReservedAttempt =
  | { counted: true; at: Date; failures: number; lockedUntil: Date | null; lockedNow: boolean }
  | { counted: false; at: Date; lockedUntil: Date };

type Row = { counted: boolean; failures: number; locked_until: Date | null; at: Date };

/**
 * Counts an attempt on one scope as a failure before its password is checked, in one statement: refused (and not
 * counted) while a lockout lasts, else counted, and the max-th failure in a row starts the next lockout. Counting first
 * is what makes the limit hold under parallel tries: a hundred concurrent guesses serialize on the row lock and only
 * the first `maxFailures` get to a password check. A success undoes it (clearSignInFailures, releaseSignInAttempt); a
 * failure stamps its time (confirmSignInFailures). Sequentially, that is countSignInFailure's arithmetic.
 */
export async function reserveSignInAttempt(prisma: PrismaClient, key: string, rule: SignInRule, at: Date | null = null): Promise<ReservedAttempt> {
  const [row] = await prisma.$queryRaw<Row[]>`
    WITH clock AS (SELECT coalesce(${at}::timestamptz, now())::timestamptz(3) AS at),
    attempt AS (
      INSERT INTO rate_limit_buckets AS b (key, tokens, updated_at, failures, locked_until)
      SELECT ${key}, 0, clock.at, 1,
             CASE WHEN ${rule.maxFailures}::int = 1 THEN clock.at + least(${rule.maxLockMs}::float8, ${rule.lockMs}::float8) * interval '1 millisecond' END
      FROM clock
      ON CONFLICT (key) DO UPDATE SET (updated_at, failures, locked_until) = (
        SELECT CASE WHEN n.fresh THEN excluded.updated_at ELSE b.updated_at END,
               n.failures,
               CASE WHEN n.failures % ${rule.maxFailures}::int = 0 THEN excluded.updated_at
                 + least(${rule.maxLockMs}::float8, ${rule.lockMs}::float8 * power(2, least(n.failures / ${rule.maxFailures}::int - 1, 30)))
                 * interval '1 millisecond'
               END
        FROM (
          SELECT f.fresh, CASE WHEN f.fresh THEN 1 ELSE b.failures + 1 END AS failures
          FROM (SELECT greatest(b.updated_at, b.locked_until) + ${rule.forgetAfterMs}::float8 * interval '1 millisecond' <= excluded.updated_at AS fresh) AS f
        ) AS n
      )
      WHERE b.locked_until IS NULL OR b.locked_until <= excluded.updated_at
      RETURNING failures, locked_until
    )
    SELECT true AS counted, a.failures, a.locked_until, clock.at FROM attempt a, clock
    UNION ALL
    SELECT false, b.failures, b.locked_until, clock.at FROM rate_limit_buckets b, clock
    WHERE b.key = ${key} AND NOT EXISTS (SELECT FROM attempt)`;
  if (row?.counted) {
    return { counted: true, at: row.at, failures: row.failures, lockedUntil: row.locked_until, lockedNow: row.failures % rule.maxFailures === 0 };
  }
  if (row?.locked_until && row.locked_until > row.at) return { counted: false, at: row.at, lockedUntil: row.locked_until };
  // The refusal's row comes from the statement's snapshot, taken before it waited on the row lock: a lockout that a
  // parallel attempt committed meanwhile is not in it (nor is the row, if that attempt made it). A fresh read has it
  // (or, if a success lifted it since, none: the shortest wait then).
  const clock = row?.at ?? at ?? new Date();
  const latest = await prisma.rateLimitBucket.findUnique({ where: { key }, select: { lockedUntil: true } });
  const lockedUntil = latest?.lockedUntil && latest.lockedUntil > clock ? latest.lockedUntil : new Date(clock.getTime() + 60_000);
  return { counted: false, at: clock, lockedUntil };
}
