import type { PrismaClient } from "../generated/prisma/client";

// The trend shows the recent snapshots.
const TREND_SNAPSHOTS = 60;

/**
 * For each recent snapshot: the share of its followers (current ones who had followed by then, plus closed follows
 * that spanned it) labelled likely-real by the current scores, among those with a score (unknown ones left out).
 *
 * One pass over the follows, whatever the number of snapshots: each follow is a +1 at its start and (when closed) a
 * -1 when it was found gone; each event falls in the bucket of the first snapshot at or after it (width_bucket over
 * the snapshot times), and a snapshot's figures are the running sums of the buckets up to it. Reading every follower
 * once per snapshot instead took minutes for a million followers with a long history.
 */
export async function updateAudienceQuality(prisma: PrismaClient, trackedAccountId: number) {
  const tid = trackedAccountId;
  await prisma.$executeRaw`
    WITH recent AS (
      SELECT id, taken_at FROM snapshots WHERE tracked_account_id = ${tid} ORDER BY taken_at DESC LIMIT ${TREND_SNAPSHOTS}
    ), times AS (
      SELECT array_agg(taken_at ORDER BY taken_at) AS t FROM recent
    ), follows AS (
      SELECT r.follower_since AS since, NULL::timestamptz AS gone, r.handle_key
      FROM relationships r WHERE r.tracked_account_id = ${tid} AND r.follower_since IS NOT NULL
      UNION ALL
      SELECT i.since, i.until_before, i.handle_key
      FROM follow_intervals i WHERE i.tracked_account_id = ${tid} AND i.direction = 1
    ), events AS (
      SELECT e.at, e.sign * (b.label = 'likely-real')::int AS real, e.sign * (b.label <> 'unknown')::int AS known
      FROM follows f
      JOIN bot_scores b ON b.tracked_account_id = ${tid} AND b.handle_key = f.handle_key
      CROSS JOIN LATERAL (VALUES (f.since, 1), (f.gone, -1)) AS e(at, sign)
      WHERE e.at IS NOT NULL
    ), buckets AS (
      -- thresholds at or before (at - 1 ms): the snapshots strictly before the event, so the event counts from the
      -- first snapshot at or after it on (times are kept to the millisecond)
      SELECT width_bucket(ev.at - interval '1 millisecond', times.t) AS bucket, sum(ev.real) AS real, sum(ev.known) AS known
      FROM events ev CROSS JOIN times
      GROUP BY 1
    ), ordered AS (
      SELECT id, row_number() OVER (ORDER BY taken_at) - 1 AS bucket FROM recent
    ), quality AS (
      SELECT o.id,
        (SELECT sum(b.real) FROM buckets b WHERE b.bucket <= o.bucket)::float8
          / NULLIF((SELECT sum(b.known) FROM buckets b WHERE b.bucket <= o.bucket), 0) AS quality
      FROM ordered o
    )
    UPDATE snapshots s SET audience_quality = q.quality FROM quality q WHERE s.id = q.id`;
}
