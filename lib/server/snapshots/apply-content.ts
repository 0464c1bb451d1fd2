import type { StageColumns } from "@/lib/domain/stage-rows";
import type { Prisma } from "../generated/prisma/client";
import { applyChanges, countChanges, diffSnapshot, type ChangeCounts } from "./diff-snapshot";
import { findLastSnapshotWith } from "./find-last-snapshot-with";
import { insertFirstSnapshot } from "./insert-first-snapshot";
import type { SnapshotContent } from "./snapshot-content";
import { stageSnapshot } from "./stage-snapshot";
import { recomputeRunningTotals, writeDailyStats } from "./write-daily-stats";

type Tx = Prisma.TransactionClient;

/** The counts a snapshot row keeps: the state after it and what it changed. */
export type SnapshotCounts = {
  followerCount: number;
  followingCount: number;
  mutualCount: number;
  gainedFollowers: number;
  lostFollowers: number;
  gainedFollowing: number;
  lostFollowing: number;
};

/**
 * Applies one snapshot's lists to the account's relationships, intervals and daily rollup (inside the caller's
 * transaction) and returns the snapshot row's counts. `previous` is the snapshot before it in time, if any.
 */
export async function applyContent(
  tx: Tx,
  trackedAccountId: number,
  content: SnapshotContent,
  takenAt: Date,
  previous: SnapshotCounts | null,
  onProgress?: (phase: string, rows: number) => void,
): Promise<SnapshotCounts> {
  const columns: StageColumns = content.columns;
  const firstSnapshot = !previous && !(await tx.relationship.findFirst({ where: { trackedAccountId }, select: { handleKey: true } }));
  let c: ChangeCounts;
  if (firstSnapshot) {
    onProgress?.("inserting", 0);
    c = await insertFirstSnapshot(tx, trackedAccountId, columns, (rows) => onProgress?.("inserting", rows));
    onProgress?.("rollup", 0);
    await recomputeRunningTotals(tx, trackedAccountId);
  } else {
    // The last earlier snapshot that had each list: an unfollow happened after it.
    const lastWith = async (list: "hasFollowers" | "hasFollowing") => (await findLastSnapshotWith(tx, trackedAccountId, list, takenAt))?.takenAt ?? null;
    const context = {
      trackedAccountId,
      takenAt,
      hasFollowers: content.hasFollowers,
      hasFollowing: content.hasFollowing,
      lastFollowersAt: await lastWith("hasFollowers"),
      lastFollowingAt: await lastWith("hasFollowing"),
    };
    onProgress?.("staging", 0);
    await stageSnapshot(tx, columns, (rows) => onProgress?.("staging", rows));
    onProgress?.("diffing", 0);
    await diffSnapshot(tx, context);
    c = await countChanges(tx);
    onProgress?.("applying", 0);
    await applyChanges(tx, context);
    onProgress?.("rollup", 0);
    await writeDailyStats(tx, trackedAccountId, takenAt);
    await tx.$executeRaw`DROP TABLE IF EXISTS snapshot_stage, snapshot_changes`;
  }
  return {
    followerCount: (previous?.followerCount ?? 0) + c.gf - c.lf,
    followingCount: (previous?.followingCount ?? 0) + c.gg - c.lg,
    mutualCount: (previous?.mutualCount ?? 0) + c.mutualDelta,
    gainedFollowers: c.gf,
    lostFollowers: c.lf,
    gainedFollowing: c.gg,
    lostFollowing: c.lg,
  };
}
