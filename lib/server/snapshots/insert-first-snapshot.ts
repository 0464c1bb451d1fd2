import { sliceColumns, type StageColumns } from "@/lib/domain/stage-rows";
import type { Prisma } from "../generated/prisma/client";
import type { ChangeCounts } from "./diff-snapshot";
import { STAGE_BATCH, stageRowsSql } from "./stage-snapshot";

type Tx = Prisma.TransactionClient;

/**
 * An account's first snapshot has nothing to diff against: every handle is new. Its rows go straight into
 * relationships, batch by batch, in key order, with no staging table and no join (the largest import an account
 * ever has, and the one the benchmark's floor is closest to). The result is the same as the general path's.
 */
export async function insertFirstSnapshot(tx: Tx, trackedAccountId: number, columns: StageColumns, onRows?: (rows: number) => void): Promise<ChangeCounts> {
  for (let start = 0; start < columns.keys.length; start += STAGE_BATCH) {
    await tx.$executeRaw`
      INSERT INTO relationships (tracked_account_id, handle_key, handle, follower_since, following_since)
      SELECT ${trackedAccountId}::int, r.* FROM (${stageRowsSql(sliceColumns(columns, start, start + STAGE_BATCH))}) AS r`;
    onRows?.(Math.min(start + STAGE_BATCH, columns.keys.length));
  }
  let gf = 0;
  let gg = 0;
  let mutual = 0;
  for (let i = 0; i < columns.keys.length; i++) {
    const f = columns.followerSince[i] !== null;
    const g = columns.followingSince[i] !== null;
    if (f) gf++;
    if (g) gg++;
    if (f && g) mutual++;
  }
  return { gf, lf: 0, gg, lg: 0, mutualDelta: mutual };
}

/** Gains of a first snapshot by the day each follow began, read back from the rows just inserted. */
export async function addFirstSnapshotGains(tx: Tx, trackedAccountId: number) {
  await tx.$executeRaw`
    INSERT INTO daily_stats (tracked_account_id, day, gained_followers, gained_following)
    SELECT ${trackedAccountId}::int, day, sum(f)::int, sum(g)::int
    FROM (
      SELECT (follower_since AT TIME ZONE 'UTC')::date AS day, 1 AS f, 0 AS g
      FROM relationships WHERE tracked_account_id = ${trackedAccountId} AND follower_since IS NOT NULL
      UNION ALL
      SELECT (following_since AT TIME ZONE 'UTC')::date, 0, 1
      FROM relationships WHERE tracked_account_id = ${trackedAccountId} AND following_since IS NOT NULL
    ) x
    GROUP BY day`;
}
