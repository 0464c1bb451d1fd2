import type { PrismaClient } from "../generated/prisma/client";

// Recomputing a snapshot's figure reads every follower it had; the trend shows the recent ones.
const TREND_SNAPSHOTS = 60;

/**
 * For each recent snapshot: the share of its followers (current ones who had followed by then, plus closed follows
 * that spanned it) labelled likely-real by the current scores, among those with a score (unknown ones left out).
 */
export async function updateAudienceQuality(prisma: PrismaClient, trackedAccountId: number) {
  await prisma.$executeRaw`
    UPDATE snapshots s SET audience_quality = q.quality
    FROM (
      SELECT s2.id,
        count(*) FILTER (WHERE b.label = 'likely-real')::float8 / NULLIF(count(*) FILTER (WHERE b.label <> 'unknown'), 0) AS quality
      FROM (SELECT id, taken_at FROM snapshots WHERE tracked_account_id = ${trackedAccountId} ORDER BY taken_at DESC LIMIT ${TREND_SNAPSHOTS}) s2
      CROSS JOIN LATERAL (
        SELECT r.handle_key FROM relationships r
        WHERE r.tracked_account_id = ${trackedAccountId} AND r.follower_since <= s2.taken_at
        UNION ALL
        SELECT i.handle_key FROM follow_intervals i
        WHERE i.tracked_account_id = ${trackedAccountId} AND i.direction = 1 AND i.since <= s2.taken_at AND i.until_before > s2.taken_at
      ) f
      JOIN bot_scores b ON b.tracked_account_id = ${trackedAccountId} AND b.handle_key = f.handle_key
      GROUP BY s2.id
    ) q
    WHERE s.id = q.id`;
}
