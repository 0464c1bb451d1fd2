import type { StagedSnapshot } from "@/lib/domain/stage-rows";
import type { PrismaClient } from "../generated/prisma/client";
import { countChanges, diffSnapshot } from "../snapshots/diff-snapshot";
import { stageSnapshot } from "../snapshots/stage-snapshot";

export type PreviewCounts = { newFollowers: number | null; lostFollowers: number | null; newFollowing: number | null; lostFollowing: number | null };

/**
 * What applying a snapshot after the latest one would change, found by the same staging and diff the apply runs,
 * in a transaction that writes only temporary tables (dropped at its end).
 */
export async function previewChanges(prisma: PrismaClient, trackedAccountId: number, snap: StagedSnapshot): Promise<PreviewCounts> {
  const { hasFollowers, hasFollowing } = snap;
  const c = await prisma.$transaction(
    async (tx) => {
      await stageSnapshot(tx, snap.columns);
      await diffSnapshot(tx, { trackedAccountId, takenAt: snap.takenAt, hasFollowers, hasFollowing, lastFollowersAt: null, lastFollowingAt: null });
      return countChanges(tx);
    },
    { timeout: 30 * 60_000, maxWait: 10 * 60_000 },
  );
  return {
    newFollowers: hasFollowers ? c.gf : null,
    lostFollowers: hasFollowers ? c.lf : null,
    newFollowing: hasFollowing ? c.gg : null,
    lostFollowing: hasFollowing ? c.lg : null,
  };
}
