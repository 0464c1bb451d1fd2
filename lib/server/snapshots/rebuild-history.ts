import type { Prisma } from "../generated/prisma/client";
import { applyContent, type SnapshotCounts } from "./apply-content";
import { decodeSnapshotContent } from "./snapshot-content";

type Tx = Prisma.TransactionClient;

/**
 * Recomputes an account's whole history from its kept snapshot lists, oldest first, inside the caller's transaction:
 * what an export that arrived late, or a deleted snapshot, changes is then exactly what importing the remaining
 * snapshots in order would have given. Each snapshot row's counts are rewritten.
 */
export async function rebuildHistory(tx: Tx, trackedAccountId: number, onProgress?: (phase: string, rows: number) => void) {
  await tx.$executeRaw`DELETE FROM relationships WHERE tracked_account_id = ${trackedAccountId}`;
  await tx.$executeRaw`DELETE FROM follow_intervals WHERE tracked_account_id = ${trackedAccountId}`;
  await tx.$executeRaw`DELETE FROM daily_stats WHERE tracked_account_id = ${trackedAccountId}`;
  const snapshots = await tx.snapshot.findMany({ where: { trackedAccountId }, orderBy: { takenAt: "asc" }, select: { id: true, takenAt: true } });
  let previous: SnapshotCounts | null = null;
  for (const [index, snapshot] of snapshots.entries()) {
    const stored = await tx.snapshotContent.findUnique({ where: { snapshotId: snapshot.id } });
    if (!stored) throw new Error(`The snapshot of ${snapshot.takenAt.toISOString()} has no kept lists, so the history cannot be recomputed`);
    const content = decodeSnapshotContent(stored.data);
    const phase = `recomputing history: snapshot ${index + 1} of ${snapshots.length}`;
    const counts: SnapshotCounts = await applyContent(tx, trackedAccountId, content, snapshot.takenAt, previous, (_p, rows) => onProgress?.(phase, rows));
    previous = await tx.snapshot.update({
      where: { id: snapshot.id },
      data: { ...counts, hasFollowers: content.hasFollowers, hasFollowing: content.hasFollowing },
    });
  }
  await tx.$executeRaw`ANALYZE relationships`;
}
