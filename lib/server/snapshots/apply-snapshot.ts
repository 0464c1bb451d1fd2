import type { PrismaClient } from "../generated/prisma/client";
import { prepareSnapshot, type PreparedSnapshot } from "@/lib/domain/prepare-snapshot";
import { stageColumns } from "@/lib/domain/stage-rows";
import { SnapshotOrderError, type SnapshotSummary } from "@/lib/domain/timeline";
import type { SnapshotInput } from "@/lib/domain/types";
import { applyChanges, countChanges, diffSnapshot, type ChangeCounts } from "./diff-snapshot";
import { addFirstSnapshotGains, insertFirstSnapshot } from "./insert-first-snapshot";
import { stageSnapshot } from "./stage-snapshot";
import { upsertProfiles } from "./upsert-profiles";
import { recomputeRunningTotals, writeDailyStats } from "./write-daily-stats";

const ANALYZE_AFTER_CHANGES = 50_000;

export type ApplyResult = { status: "applied" | "duplicate"; snapshotId: number; summary: SnapshotSummary };

export type ApplyOptions = { contentHash?: string; onProgress?: (phase: string, rows: number) => void };

/**
 * Applies one snapshot of a tracked account in a single transaction: all of it lands, or none. Snapshots of one
 * account are serialized by a row lock; the same content twice is a no-op.
 */
export async function applySnapshot(
  prisma: PrismaClient,
  trackedAccountId: number,
  input: SnapshotInput | PreparedSnapshot,
  options: ApplyOptions = {},
): Promise<ApplyResult> {
  const snap = "contentHash" in input ? input : prepareSnapshot(input, options.contentHash);
  return prisma.$transaction(
    async (tx) => {
      const [account] = await tx.$queryRaw<{ platform: string }[]>`
        SELECT platform FROM tracked_accounts WHERE id = ${trackedAccountId} FOR UPDATE`;
      if (!account) throw new Error(`Tracked account ${trackedAccountId} does not exist`);
      const duplicate = await tx.snapshot.findUnique({
        where: { trackedAccountId_contentHash: { trackedAccountId, contentHash: snap.contentHash } },
      });
      if (duplicate) return { status: "duplicate" as const, snapshotId: duplicate.id, summary: summaryOf(duplicate, true) };
      const latest = await tx.snapshot.findFirst({ where: { trackedAccountId }, orderBy: { takenAt: "desc" } });
      if (latest && snap.takenAt <= latest.takenAt) throw new SnapshotOrderError(snap.takenAt, latest.takenAt);
      const lastWith = async (field: "hasFollowers" | "hasFollowing") =>
        (await tx.snapshot.findFirst({ where: { trackedAccountId, [field]: true }, orderBy: { takenAt: "desc" } }))?.takenAt ?? null;
      const context = {
        trackedAccountId,
        takenAt: snap.takenAt,
        hasFollowers: snap.followers !== null,
        hasFollowing: snap.following !== null,
        lastFollowersAt: await lastWith("hasFollowers"),
        lastFollowingAt: await lastWith("hasFollowing"),
      };
      const columns = stageColumns(snap);
      const firstSnapshot = !latest && !(await tx.relationship.findFirst({ where: { trackedAccountId }, select: { handleKey: true } }));
      let c: ChangeCounts;
      if (firstSnapshot) {
        options.onProgress?.("inserting", 0);
        c = await insertFirstSnapshot(tx, trackedAccountId, columns, (rows) => options.onProgress?.("inserting", rows));
        options.onProgress?.("rollup", 0);
        await addFirstSnapshotGains(tx, trackedAccountId);
        await recomputeRunningTotals(tx, trackedAccountId);
      } else {
        options.onProgress?.("staging", 0);
        await stageSnapshot(tx, columns, (rows) => options.onProgress?.("staging", rows));
        options.onProgress?.("diffing", 0);
        await diffSnapshot(tx, context);
        c = await countChanges(tx);
        options.onProgress?.("applying", 0);
        await applyChanges(tx, context);
        options.onProgress?.("rollup", 0);
        await writeDailyStats(tx, trackedAccountId, snap.takenAt);
      }
      if (snap.profiles.length) await upsertProfiles(tx, account.platform, snap.profiles);
      const created = await tx.snapshot.create({
        data: {
          trackedAccountId,
          takenAt: snap.takenAt,
          source: snap.source,
          contentHash: snap.contentHash,
          hasFollowers: context.hasFollowers,
          hasFollowing: context.hasFollowing,
          followerCount: (latest?.followerCount ?? 0) + c.gf - c.lf,
          followingCount: (latest?.followingCount ?? 0) + c.gg - c.lg,
          mutualCount: (latest?.mutualCount ?? 0) + c.mutualDelta,
          gainedFollowers: c.gf,
          lostFollowers: c.lf,
          gainedFollowing: c.gg,
          lostFollowing: c.lg,
        },
      });
      // After a large change the planner's statistics are stale until autovacuum gets to it; page queries choose
      // between the key index and the date indexes by them.
      if (c.gf + c.lf + c.gg + c.lg > ANALYZE_AFTER_CHANGES) await tx.$executeRaw`ANALYZE relationships`;
      options.onProgress?.("done", 0);
      return { status: "applied" as const, snapshotId: created.id, summary: summaryOf(created, false) };
    },
    // A million-row snapshot takes seconds to minutes on the embedded database; Prisma's default is 5 s.
    { timeout: 30 * 60_000, maxWait: 10 * 60_000 },
  );
}

type SnapshotRow = { followerCount: number; followingCount: number; mutualCount: number; gainedFollowers: number; lostFollowers: number; gainedFollowing: number; lostFollowing: number };

function summaryOf(s: SnapshotRow, duplicate: boolean): SnapshotSummary {
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
