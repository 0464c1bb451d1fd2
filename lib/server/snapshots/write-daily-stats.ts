import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Adds this snapshot's changes to the daily rollup: a gain on the day the follow began (so the first import already
 * yields a growth history), a loss on the snapshot's day (exports carry no unfollow dates). Then the running totals
 * are recomputed for the account's days (a few thousand rows at most, whatever its size).
 */
export async function writeDailyStats(tx: Tx, trackedAccountId: number, takenAt: Date) {
  await tx.$executeRaw`
    INSERT INTO daily_stats (tracked_account_id, day, gained_followers, lost_followers, gained_following, lost_following)
    SELECT ${trackedAccountId}, x.day,
      count(*) FILTER (WHERE x.dir = 1 AND x.gained), count(*) FILTER (WHERE x.dir = 1 AND NOT x.gained),
      count(*) FILTER (WHERE x.dir = 2 AND x.gained), count(*) FILTER (WHERE x.dir = 2 AND NOT x.gained)
    FROM (
      SELECT dir, gained, ((CASE WHEN gained THEN chart_at ELSE ${takenAt}::timestamptz END) AT TIME ZONE 'UTC')::date AS day
      FROM snapshot_changes
    ) x
    GROUP BY x.day
    ON CONFLICT (tracked_account_id, day) DO UPDATE SET
      gained_followers = daily_stats.gained_followers + EXCLUDED.gained_followers,
      lost_followers = daily_stats.lost_followers + EXCLUDED.lost_followers,
      gained_following = daily_stats.gained_following + EXCLUDED.gained_following,
      lost_following = daily_stats.lost_following + EXCLUDED.lost_following`;
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
