import { firstSnapshotTallies } from "@/lib/domain/first-snapshot-tallies";
import type { StageColumns } from "@/lib/domain/stage-rows";
import type { Prisma } from "../generated/prisma/client";
import type { ChangeCounts } from "./diff-snapshot";
import { writeInBatches } from "./stage-snapshot";

type Tx = Prisma.TransactionClient;

/**
 * An account's first snapshot has nothing to diff against: every handle is new. Its rows go straight into
 * relationships, batch by batch, in key order, with no staging table and no join (the largest import an account
 * ever has, and the one the benchmark's floor is closest to), and its gains into the daily rollup by the day each
 * follow began. The result is the same as the general path's.
 */
export async function insertFirstSnapshot(tx: Tx, trackedAccountId: number, columns: StageColumns, onRows?: (rows: number) => void): Promise<ChangeCounts> {
  await writeInBatches(
    columns,
    (rows) => tx.$executeRaw`
      INSERT INTO relationships (tracked_account_id, handle_key, handle, follower_since, following_since)
      SELECT ${trackedAccountId}::int, r.* FROM (${rows}) AS r`,
    onRows,
  );
  const t = firstSnapshotTallies(columns);
  const g = t.gains;
  await tx.$executeRaw`
    INSERT INTO daily_stats (tracked_account_id, day, gained_followers, gained_following)
    SELECT ${trackedAccountId}::int, d::date, f, g
    FROM unnest(${g.days}::text[], ${g.followers}::int[], ${g.following}::int[]) AS u(d, f, g)`;
  return { gf: t.followers, lf: 0, gg: t.following, lg: 0, mutualDelta: t.mutual };
}
