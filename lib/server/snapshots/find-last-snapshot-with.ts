import type { Prisma } from "../generated/prisma/client";

/** The latest snapshot of the account before `before` that had this list (a snapshot may lack one: "no data"). */
export function findLastSnapshotWith(tx: Prisma.TransactionClient, trackedAccountId: number, list: "hasFollowers" | "hasFollowing", before: Date) {
  return tx.snapshot.findFirst({ where: { trackedAccountId, [list]: true, takenAt: { lt: before } }, orderBy: { takenAt: "desc" } });
}
