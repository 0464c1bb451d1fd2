import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type DiffContext = {
  trackedAccountId: number;
  takenAt: Date;
  hasFollowers: boolean;
  hasFollowing: boolean;
  /** the last snapshot that had each list: an unfollow happened after it */
  lastFollowersAt: Date | null;
  lastFollowingAt: Date | null;
};

/**
 * Diffs the staged lists against the open follows (the relationship rows) into snapshot_changes:
 * gained = staged but not open, lost = open but not staged. Only lists present in the snapshot are diffed.
 */
export async function diffSnapshot(tx: Tx, c: DiffContext) {
  const tid = c.trackedAccountId;
  await tx.$executeRaw`
    CREATE TEMP TABLE snapshot_changes (
      dir int2 NOT NULL, handle_key text COLLATE "C" NOT NULL, handle text, since timestamptz(3) NOT NULL, gained boolean NOT NULL,
      chart_at timestamptz(3)
    ) ON COMMIT DROP`;
  if (c.hasFollowers) {
    await tx.$executeRaw`
      INSERT INTO snapshot_changes (dir, handle_key, since, gained)
      SELECT 1, r.handle_key, r.follower_since, false FROM relationships r
      WHERE r.tracked_account_id = ${tid} AND r.follower_since IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM snapshot_stage s WHERE s.dir = 1 AND s.handle_key = r.handle_key)`;
  }
  if (c.hasFollowing) {
    await tx.$executeRaw`
      INSERT INTO snapshot_changes (dir, handle_key, since, gained)
      SELECT 2, r.handle_key, r.following_since, false FROM relationships r
      WHERE r.tracked_account_id = ${tid} AND r.following_since IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM snapshot_stage s WHERE s.dir = 2 AND s.handle_key = r.handle_key)`;
  }
  await tx.$executeRaw`
    INSERT INTO snapshot_changes (dir, handle_key, handle, since, gained, chart_at)
    SELECT s.dir, s.handle_key, s.handle, s.since, true,
      -- a follow that comes back is charted no earlier than the loss it undoes (see the pure reference)
      GREATEST(s.since, CASE WHEN s.dir = 1 THEN r.follower_lost_before ELSE r.following_lost_before END)
    FROM snapshot_stage s
    LEFT JOIN relationships r ON r.tracked_account_id = ${tid} AND r.handle_key = s.handle_key
    WHERE (s.dir = 1 AND r.follower_since IS NULL) OR (s.dir = 2 AND r.following_since IS NULL)`;
  await tx.$executeRaw`ANALYZE snapshot_changes`;
}

/** Closes lost follows into history and opens gained ones on the relationship rows. */
export async function applyChanges(tx: Tx, c: DiffContext) {
  const tid = c.trackedAccountId;
  await tx.$executeRaw`
    INSERT INTO follow_intervals (tracked_account_id, handle_key, direction, since, until_after, until_before)
    SELECT ${tid}, x.handle_key, x.dir, x.since,
           COALESCE(CASE WHEN x.dir = 1 THEN ${c.lastFollowersAt}::timestamptz ELSE ${c.lastFollowingAt}::timestamptz END, x.since),
           ${c.takenAt}::timestamptz
    FROM snapshot_changes x WHERE NOT x.gained
    ON CONFLICT (tracked_account_id, handle_key, direction, since)
    DO UPDATE SET until_after = EXCLUDED.until_after, until_before = EXCLUDED.until_before`;
  await tx.$executeRaw`
    UPDATE relationships r SET follower_since = NULL,
      follower_lost_after = COALESCE(${c.lastFollowersAt}::timestamptz, x.since), follower_lost_before = ${c.takenAt}::timestamptz
    FROM snapshot_changes x
    WHERE x.dir = 1 AND NOT x.gained AND r.tracked_account_id = ${tid} AND r.handle_key = x.handle_key`;
  await tx.$executeRaw`
    UPDATE relationships r SET following_since = NULL,
      following_lost_after = COALESCE(${c.lastFollowingAt}::timestamptz, x.since), following_lost_before = ${c.takenAt}::timestamptz
    FROM snapshot_changes x
    WHERE x.dir = 2 AND NOT x.gained AND r.tracked_account_id = ${tid} AND r.handle_key = x.handle_key`;
  await tx.$executeRaw`
    INSERT INTO relationships (tracked_account_id, handle_key, handle, follower_since, following_since)
    SELECT ${tid}, x.handle_key, min(x.handle), min(x.since) FILTER (WHERE x.dir = 1), min(x.since) FILTER (WHERE x.dir = 2)
    FROM snapshot_changes x WHERE x.gained
    GROUP BY x.handle_key ORDER BY x.handle_key
    ON CONFLICT (tracked_account_id, handle_key) DO UPDATE SET
      handle = EXCLUDED.handle,
      follower_since = COALESCE(relationships.follower_since, EXCLUDED.follower_since),
      following_since = COALESCE(relationships.following_since, EXCLUDED.following_since)`;
  // The spelling last seen wins; only rows whose spelling changed are written.
  await tx.$executeRaw`
    UPDATE relationships r SET handle = s.handle FROM snapshot_stage s
    WHERE r.tracked_account_id = ${tid} AND r.handle_key = s.handle_key AND r.handle <> s.handle`;
}

/** Mutual follows among the changed handles (before and after applying gives the change in the mutual count). */
export async function countChangedMutuals(tx: Tx, trackedAccountId: number): Promise<number> {
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM relationships r
    WHERE r.tracked_account_id = ${trackedAccountId} AND r.follower_since IS NOT NULL AND r.following_since IS NOT NULL
      AND r.handle_key IN (SELECT handle_key FROM snapshot_changes)`;
  return rows[0]?.n ?? 0;
}
