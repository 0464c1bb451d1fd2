import { BOT_SCORE_VERSION } from "@/lib/domain/bots/types";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * Label and confidence counts and score deciles of the current followers, stored once per scoring run; noProfile
 * counts those scored without a single profile field (the scorer's "no-profile" reason).
 */
export async function writeBotSummary(prisma: PrismaClient, trackedAccountId: number, at: Date) {
  await prisma.$executeRaw`
    WITH f AS (
      SELECT b.label, b.score, b.confidence, b.reasons @> '[{"signal": "no-profile"}]'::jsonb AS no_profile FROM bot_scores b
      JOIN relationships r ON r.tracked_account_id = b.tracked_account_id AND r.handle_key = b.handle_key
      WHERE b.tracked_account_id = ${trackedAccountId} AND r.follower_since IS NOT NULL
    ), h AS (
      SELECT g.bucket, count(f.score)::int AS n
      FROM generate_series(0, 9) AS g(bucket) LEFT JOIN f ON LEAST(f.score / 10, 9) = g.bucket
      GROUP BY g.bucket
    )
    INSERT INTO bot_summaries (tracked_account_id, version, scored_at, likely_real, suspicious, likely_bot, unknown,
      low_confidence, medium_confidence, high_confidence, no_profile, histogram)
    SELECT ${trackedAccountId}::int, ${BOT_SCORE_VERSION}::int, ${at}::timestamptz,
      (SELECT count(*)::int FROM f WHERE label = 'likely-real'), (SELECT count(*)::int FROM f WHERE label = 'suspicious'),
      (SELECT count(*)::int FROM f WHERE label = 'likely-bot'), (SELECT count(*)::int FROM f WHERE label = 'unknown'),
      (SELECT count(*)::int FROM f WHERE confidence = 'low'), (SELECT count(*)::int FROM f WHERE confidence = 'medium'),
      (SELECT count(*)::int FROM f WHERE confidence = 'high'), (SELECT count(*)::int FROM f WHERE no_profile),
      (SELECT array_agg(n ORDER BY bucket) FROM h)
    ON CONFLICT (tracked_account_id) DO UPDATE SET
      version = EXCLUDED.version, scored_at = EXCLUDED.scored_at, likely_real = EXCLUDED.likely_real,
      suspicious = EXCLUDED.suspicious, likely_bot = EXCLUDED.likely_bot, unknown = EXCLUDED.unknown,
      low_confidence = EXCLUDED.low_confidence, medium_confidence = EXCLUDED.medium_confidence,
      high_confidence = EXCLUDED.high_confidence, no_profile = EXCLUDED.no_profile, histogram = EXCLUDED.histogram`;
}
