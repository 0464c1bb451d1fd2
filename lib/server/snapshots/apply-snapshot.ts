import type { PrismaClient } from "../generated/prisma/client";
import { prepareSnapshot, type PreparedSnapshot } from "@/lib/domain/prepare-snapshot";
import { toStaged, type StagedSnapshot } from "@/lib/domain/stage-rows";
import { SnapshotOrderError, type SnapshotSummary } from "@/lib/domain/timeline";
import type { SnapshotInput } from "@/lib/domain/types";
import { applyContent, type SnapshotCounts } from "./apply-content";
import { rebuildHistory } from "./rebuild-history";
import { encodeSnapshotContent } from "./snapshot-content";
import { upsertProfiles } from "./upsert-profiles";

const ANALYZE_AFTER_CHANGES = 50_000;

export type ApplyResult = { status: "applied" | "duplicate"; snapshotId: number; summary: SnapshotSummary; rebuilt: boolean };

export type ApplyOptions = {
  contentHash?: string;
  onProgress?: (phase: string, rows: number) => void;
  /** an export older than the latest snapshot is put in its place and the history after it recomputed (else refused) */
  placeInTimeline?: boolean;
  /** the lists already encoded for snapshot_contents (an import's preview kept them) */
  keptLists?: Buffer;
};

/**
 * Applies one snapshot of a tracked account in a single transaction: all of it lands, or none. Snapshots of one
 * account are serialized by a row lock; the same content twice is a no-op. The lists are kept (compressed) so the
 * history can be replayed when an older export arrives late or a snapshot is deleted.
 */
export async function applySnapshot(
  prisma: PrismaClient,
  trackedAccountId: number,
  input: SnapshotInput | PreparedSnapshot | StagedSnapshot,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const snap: StagedSnapshot = "columns" in input ? input : toStaged("contentHash" in input ? input : prepareSnapshot(input, options.contentHash));
  return prisma.$transaction(
    async (tx) => {
      const [account] = await tx.$queryRaw<{ platform: string }[]>`
        SELECT platform FROM tracked_accounts WHERE id = ${trackedAccountId} FOR UPDATE`;
      if (!account) throw new Error(`Tracked account ${trackedAccountId} does not exist`);
      const duplicate = await tx.snapshot.findUnique({
        where: { trackedAccountId_contentHash: { trackedAccountId, contentHash: snap.contentHash } },
      });
      if (duplicate) return { status: "duplicate" as const, snapshotId: duplicate.id, summary: summaryOf(duplicate, true), rebuilt: false };
      const latest = await tx.snapshot.findFirst({ where: { trackedAccountId }, orderBy: { takenAt: "desc" } });
      const content = { hasFollowers: snap.hasFollowers, hasFollowing: snap.hasFollowing, columns: snap.columns };
      const late = latest !== null && snap.takenAt <= latest.takenAt;
      if (late) {
        const clash = await tx.snapshot.findFirst({ where: { trackedAccountId, takenAt: snap.takenAt }, select: { id: true } });
        if (!options.placeInTimeline || clash) throw new SnapshotOrderError(snap.takenAt, latest.takenAt, clash !== null);
      }
      // The kept lists are compressed on the thread pool while the rows are written.
      const encoded = options.keptLists ? Promise.resolve(options.keptLists) : encodeSnapshotContent(content);
      encoded.catch(() => {});
      const counts: SnapshotCounts = late
        ? { followerCount: 0, followingCount: 0, mutualCount: 0, gainedFollowers: 0, lostFollowers: 0, gainedFollowing: 0, lostFollowing: 0 }
        : await applyContent(tx, trackedAccountId, content, snap.takenAt, latest, options.onProgress);
      if (snap.profiles.length) await upsertProfiles(tx, account.platform, snap.profiles);
      let created = await tx.snapshot.create({
        data: {
          trackedAccountId,
          takenAt: snap.takenAt,
          source: snap.source,
          contentHash: snap.contentHash,
          hasFollowers: content.hasFollowers,
          hasFollowing: content.hasFollowing,
          ...counts,
        },
      });
      options.onProgress?.("keeping the lists", 0);
      await tx.$executeRaw`INSERT INTO snapshot_contents (snapshot_id, tracked_account_id, data) VALUES (${created.id}, ${trackedAccountId}, ${await encoded})`;
      if (late) {
        await rebuildHistory(tx, trackedAccountId, options.onProgress);
        created = await tx.snapshot.findUniqueOrThrow({ where: { id: created.id } });
      } else if (counts.gainedFollowers + counts.lostFollowers + counts.gainedFollowing + counts.lostFollowing > ANALYZE_AFTER_CHANGES) {
        // After a large change the planner's statistics are stale until autovacuum gets to it; page queries choose
        // between the key index and the date indexes by them.
        options.onProgress?.("analyzing", 0);
        await tx.$executeRaw`ANALYZE relationships`;
      }
      options.onProgress?.("done", 0);
      return { status: "applied" as const, snapshotId: created.id, summary: summaryOf(created, false), rebuilt: late };
    },
    // A million-row snapshot takes seconds to minutes on the embedded database; Prisma's default is 5 s.
    { timeout: 30 * 60_000, maxWait: 10 * 60_000 },
  );
}

function summaryOf(s: SnapshotCounts, duplicate: boolean): SnapshotSummary {
  return {
    followerCount: s.followerCount,
    followingCount: s.followingCount,
    mutualCount: s.mutualCount,
    gainedFollowers: duplicate ? 0 : s.gainedFollowers,
    lostFollowers: duplicate ? 0 : s.lostFollowers,
    gainedFollowing: duplicate ? 0 : s.gainedFollowing,
    lostFollowing: duplicate ? 0 : s.lostFollowing,
  };
}
