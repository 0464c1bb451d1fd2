import { BOT_SCORE_VERSION } from "@/lib/domain/bots/types";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * Stored once per scoring run, in one statement, so no page counts a million scores: for the current followers
 * (the overview's audience quality), label and confidence counts, score deciles and noProfile (scored without a
 * single profile field: the scorer's "no-profile" reason); for every scored account (the bots page's table),
 * counts per label and confidence, and per signal that added points how many accounts it fired for, flagged ones
 * (likely bot or suspicious) apart.
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
    ), cells AS (
      SELECT label, confidence, count(*)::int AS n FROM bot_scores WHERE tracked_account_id = ${trackedAccountId} GROUP BY label, confidence
    ), fired AS (
      SELECT e->>'signal' AS signal, count(*) FILTER (WHERE b.label IN ('likely-bot', 'suspicious'))::int AS flagged,
        count(*)::int AS accounts, min((e->>'weight')::numeric) AS min_points, max((e->>'weight')::numeric) AS max_points,
        min(e->>'detail') AS example
      FROM bot_scores b CROSS JOIN LATERAL jsonb_array_elements(b.reasons) AS e
      WHERE b.tracked_account_id = ${trackedAccountId} AND (e->>'weight')::numeric > 0
      GROUP BY 1
    )
    INSERT INTO bot_summaries (tracked_account_id, version, scored_at, likely_real, suspicious, likely_bot, unknown,
      low_confidence, medium_confidence, high_confidence, no_profile, histogram, account_counts, reason_counts)
    SELECT ${trackedAccountId}::int, ${BOT_SCORE_VERSION}::int, ${at}::timestamptz,
      (SELECT count(*)::int FROM f WHERE label = 'likely-real'), (SELECT count(*)::int FROM f WHERE label = 'suspicious'),
      (SELECT count(*)::int FROM f WHERE label = 'likely-bot'), (SELECT count(*)::int FROM f WHERE label = 'unknown'),
      (SELECT count(*)::int FROM f WHERE confidence = 'low'), (SELECT count(*)::int FROM f WHERE confidence = 'medium'),
      (SELECT count(*)::int FROM f WHERE confidence = 'high'), (SELECT count(*)::int FROM f WHERE no_profile),
      (SELECT array_agg(n ORDER BY bucket) FROM h),
      (SELECT coalesce(jsonb_agg(jsonb_build_object('label', label, 'confidence', confidence, 'accounts', n) ORDER BY label, confidence), '[]') FROM cells),
      (SELECT coalesce(jsonb_agg(jsonb_build_object('signal', signal, 'flagged', flagged, 'accounts', accounts,
        'minPoints', min_points, 'maxPoints', max_points, 'example', example) ORDER BY flagged DESC, accounts DESC, signal), '[]') FROM fired)
    ON CONFLICT (tracked_account_id) DO UPDATE SET
      version = EXCLUDED.version, scored_at = EXCLUDED.scored_at, likely_real = EXCLUDED.likely_real,
      suspicious = EXCLUDED.suspicious, likely_bot = EXCLUDED.likely_bot, unknown = EXCLUDED.unknown,
      low_confidence = EXCLUDED.low_confidence, medium_confidence = EXCLUDED.medium_confidence,
      high_confidence = EXCLUDED.high_confidence, no_profile = EXCLUDED.no_profile, histogram = EXCLUDED.histogram,
      account_counts = EXCLUDED.account_counts, reason_counts = EXCLUDED.reason_counts`;
}
