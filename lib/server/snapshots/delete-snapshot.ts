import type { PrismaClient } from "../generated/prisma/client";
import { rebuildHistory } from "./rebuild-history";

/**
 * Removes one snapshot and recomputes the history without it, in one transaction (all of it, or nothing). The
 * import that brought it in is marked removed. Returns false when the account has no such snapshot.
 */
export async function deleteSnapshot(
  prisma: PrismaClient,
  trackedAccountId: number,
  snapshotId: number,
  onProgress?: (phase: string, rows: number) => void,
): Promise<boolean> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM tracked_accounts WHERE id = ${trackedAccountId} FOR UPDATE`;
      const snapshot = await tx.snapshot.findFirst({ where: { id: snapshotId, trackedAccountId }, select: { id: true } });
      if (!snapshot) return false;
      await tx.snapshotContent.deleteMany({ where: { snapshotId } });
      await tx.snapshot.delete({ where: { id: snapshotId } });
      await tx.import.updateMany({ where: { trackedAccountId, snapshotId }, data: { status: "removed" } });
      await rebuildHistory(tx, trackedAccountId, onProgress);
      return true;
    },
    { timeout: 30 * 60_000, maxWait: 10 * 60_000 },
  );
}
