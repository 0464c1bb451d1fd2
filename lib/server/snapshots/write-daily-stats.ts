import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Adds this snapshot's changes to the daily rollup: a gain on the day the follow began (so the first import already
 * yields a growth history) but never before a loss it undoes, a loss on the snapshot's day (exports carry no unfollow
 * dates). Then the running totals are recomputed over the account's days (a few thousand rows at most).
 */
export async function writeDailyStats(tx: Tx, trackedAccountId: number, takenAt: Date) {
  await addDailyChanges(tx, trackedAccountId, takenAt);
  await recomputeRunningTotals(tx, trackedAccountId);
}

async function addDailyChanges(tx: Tx, trackedAccountId: number, takenAt: Date) {
  await tx.$executeRaw`
    INSERT INTO daily_stats (tracked_account_id, day, gained_followers, lost_followers, gained_following, lost_following)
    SELECT ${trackedAccountId}, day, sum(gf), sum(lf), sum(gg), sum(lg)
    FROM (
      SELECT (GREATEST(new_follower, follower_lost_before) AT TIME ZONE 'UTC')::date AS day, 1 AS gf, 0 AS lf, 0 AS gg, 0 AS lg
      FROM snapshot_changes WHERE old_follower IS NULL AND new_follower IS NOT NULL
      UNION ALL
      SELECT (GREATEST(new_following, following_lost_before) AT TIME ZONE 'UTC')::date, 0, 0, 1, 0
      FROM snapshot_changes WHERE old_following IS NULL AND new_following IS NOT NULL
      UNION ALL
      SELECT (${takenAt}::timestamptz AT TIME ZONE 'UTC')::date,
        0, (old_follower IS NOT NULL AND new_follower IS NULL)::int, 0, (old_following IS NOT NULL AND new_following IS NULL)::int
      FROM snapshot_changes
      WHERE (old_follower IS NOT NULL AND new_follower IS NULL) OR (old_following IS NOT NULL AND new_following IS NULL)
    ) x
    GROUP BY day
    ON CONFLICT (tracked_account_id, day) DO UPDATE SET
      gained_followers = daily_stats.gained_followers + EXCLUDED.gained_followers,
      lost_followers = daily_stats.lost_followers + EXCLUDED.lost_followers,
      gained_following = daily_stats.gained_following + EXCLUDED.gained_following,
      lost_following = daily_stats.lost_following + EXCLUDED.lost_following`;
}

/** The followers and following columns: running sums of gains minus losses over the account's days. */
export async function recomputeRunningTotals(tx: Tx, trackedAccountId: number) {
  await tx.$executeRaw`
    UPDATE daily_stats d SET followers = t.followers, following = t.following
    FROM (
      SELECT day,
        sum(gained_followers - lost_followers) OVER w AS followers,
        sum(gained_following - lost_following) OVER w AS following
      FROM daily_stats WHERE tracked_account_id = ${trackedAccountId}
      WINDOW w AS (ORDER BY day)
    ) t
    WHERE d.tracked_account_id = ${trackedAccountId} AND d.day = t.day
      AND (d.followers <> t.followers OR d.following <> t.following)`;
}
