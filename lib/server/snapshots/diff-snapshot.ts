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
 * One pass over the staged handles and the account's relationship rows (a full join) finds every change: follows
 * gained (staged, not open) and lost (open, not staged) in each list present in the snapshot, and new spellings.
 * Before and after values land side by side in snapshot_changes; a list absent from the snapshot keeps its values.
 */
export async function diffSnapshot(tx: Tx, c: DiffContext) {
  await tx.$executeRaw`
    CREATE TEMP TABLE snapshot_changes (
      handle_key text COLLATE "C" NOT NULL, existing boolean NOT NULL, handle text NOT NULL, renamed boolean NOT NULL,
      old_follower timestamptz(3), old_following timestamptz(3), follower_lost_before timestamptz(3), following_lost_before timestamptz(3),
      new_follower timestamptz(3), new_following timestamptz(3)
    ) ON COMMIT DROP`;
  await tx.$executeRaw`
    INSERT INTO snapshot_changes
    SELECT * FROM (
      SELECT COALESCE(s.handle_key, r.handle_key) AS handle_key,
        r.handle_key IS NOT NULL AS existing,
        COALESCE(s.handle, r.handle) AS handle,
        r.handle IS DISTINCT FROM COALESCE(s.handle, r.handle) AS renamed,
        r.follower_since AS old_follower,
        r.following_since AS old_following,
        r.follower_lost_before,
        r.following_lost_before,
        CASE WHEN ${c.hasFollowers}::boolean THEN CASE WHEN s.follower_since IS NULL THEN NULL ELSE COALESCE(r.follower_since, s.follower_since) END
             ELSE r.follower_since END AS new_follower,
        CASE WHEN ${c.hasFollowing}::boolean THEN CASE WHEN s.following_since IS NULL THEN NULL ELSE COALESCE(r.following_since, s.following_since) END
             ELSE r.following_since END AS new_following
      FROM snapshot_stage s
      FULL JOIN (SELECT * FROM relationships WHERE tracked_account_id = ${c.trackedAccountId}) r ON r.handle_key = s.handle_key
    ) x
    WHERE NOT x.existing OR x.renamed
      OR (x.old_follower IS NULL) <> (x.new_follower IS NULL)
      OR (x.old_following IS NULL) <> (x.new_following IS NULL)`;
  await tx.$executeRaw`ANALYZE snapshot_changes`;
}

export type ChangeCounts = { gf: number; lf: number; gg: number; lg: number; mutualDelta: number };

export async function countChanges(tx: Tx): Promise<ChangeCounts> {
  const [row] = await tx.$queryRaw<ChangeCounts[]>`
    SELECT
      count(*) FILTER (WHERE old_follower IS NULL AND new_follower IS NOT NULL)::int AS gf,
      count(*) FILTER (WHERE old_follower IS NOT NULL AND new_follower IS NULL)::int AS lf,
      count(*) FILTER (WHERE old_following IS NULL AND new_following IS NOT NULL)::int AS gg,
      count(*) FILTER (WHERE old_following IS NOT NULL AND new_following IS NULL)::int AS lg,
      (count(*) FILTER (WHERE new_follower IS NOT NULL AND new_following IS NOT NULL)
        - count(*) FILTER (WHERE old_follower IS NOT NULL AND old_following IS NOT NULL))::int AS "mutualDelta"
    FROM snapshot_changes`;
  return row ?? { gf: 0, lf: 0, gg: 0, lg: 0, mutualDelta: 0 };
}

/** Closes lost follows into history, inserts handles seen for the first time, updates the rest. */
export async function applyChanges(tx: Tx, c: DiffContext) {
  const tid = c.trackedAccountId;
  await tx.$executeRaw`
    INSERT INTO follow_intervals (tracked_account_id, handle_key, direction, since, until_after, until_before)
    SELECT ${tid}::int, handle_key, 1, old_follower, COALESCE(${c.lastFollowersAt}::timestamptz, old_follower), ${c.takenAt}::timestamptz
    FROM snapshot_changes WHERE old_follower IS NOT NULL AND new_follower IS NULL
    UNION ALL
    SELECT ${tid}::int, handle_key, 2, old_following, COALESCE(${c.lastFollowingAt}::timestamptz, old_following), ${c.takenAt}::timestamptz
    FROM snapshot_changes WHERE old_following IS NOT NULL AND new_following IS NULL
    ON CONFLICT (tracked_account_id, handle_key, direction, since)
    DO UPDATE SET until_after = EXCLUDED.until_after, until_before = EXCLUDED.until_before`;
  // New handles: a plain insert in key order (no ON CONFLICT: the diff already knows they are new).
  await tx.$executeRaw`
    INSERT INTO relationships (tracked_account_id, handle_key, handle, follower_since, following_since)
    SELECT ${tid}::int, handle_key, handle, new_follower, new_following FROM snapshot_changes WHERE NOT existing
    ORDER BY handle_key`;
  await tx.$executeRaw`
    UPDATE relationships r SET
      handle = x.handle,
      follower_since = x.new_follower,
      following_since = x.new_following,
      follower_lost_after = CASE WHEN x.old_follower IS NOT NULL AND x.new_follower IS NULL
        THEN COALESCE(${c.lastFollowersAt}::timestamptz, x.old_follower) ELSE r.follower_lost_after END,
      follower_lost_before = CASE WHEN x.old_follower IS NOT NULL AND x.new_follower IS NULL
        THEN ${c.takenAt}::timestamptz ELSE r.follower_lost_before END,
      following_lost_after = CASE WHEN x.old_following IS NOT NULL AND x.new_following IS NULL
        THEN COALESCE(${c.lastFollowingAt}::timestamptz, x.old_following) ELSE r.following_lost_after END,
      following_lost_before = CASE WHEN x.old_following IS NOT NULL AND x.new_following IS NULL
        THEN ${c.takenAt}::timestamptz ELSE r.following_lost_before END
    FROM snapshot_changes x
    WHERE x.existing AND r.tracked_account_id = ${tid} AND r.handle_key = x.handle_key`;
}
