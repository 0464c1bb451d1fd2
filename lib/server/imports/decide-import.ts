import { rm } from "node:fs/promises";
import type { AccountScope } from "../access/account-scope";
import { requestDetection } from "../anomalies/request-detection";
import { db } from "../db";
import { dispatchJobsSoon } from "../jobs/dispatch-jobs";
import { dropImportContent } from "./import-content";
import type { Prisma } from "../generated/prisma/client";
import { importContentHash } from "./content-hash";

export class ImportStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportStateError";
  }
}

/**
 * The creator applies a previewed (or held) import, optionally at another snapshot time; returns the job to follow.
 * Only an import waiting for a decision can be applied, so a double click queues one job.
 */
export async function confirmImport(scope: AccountScope, importId: number, takenAt?: Date): Promise<number> {
  const job = await db().$transaction(async (tx) => {
    const row = await tx.import.findFirst({ where: { id: importId, trackedAccountId: scope.trackedAccountId }, select: { takenAt: true, fileHash: true } });
    const at = takenAt ?? row?.takenAt;
    if (row && at) await assertTimeFree(tx, scope.trackedAccountId, at, importContentHash(row.fileHash));
    const moved = await tx.import.updateMany({
      where: { id: importId, trackedAccountId: scope.trackedAccountId, status: { in: ["ready", "held"] } },
      data: { status: "applying", ...(takenAt ? { takenAt } : {}) },
    });
    if (moved.count === 0) throw new ImportStateError("This import is not waiting to be applied (it may already be applied or discarded).");
    return tx.job.create({ data: { kind: "apply-import", trackedAccountId: scope.trackedAccountId, payload: { importId } } });
  });
  dispatchJobsSoon(db());
  return job.id;
}

/**
 * A snapshot time already taken by another snapshot cannot be applied (the apply would fail, and the file with it):
 * refused here, while the import still waits, so the creator can pick another time. The same file again is fine
 * (the apply recognises it as a duplicate).
 */
async function assertTimeFree(tx: Prisma.TransactionClient, trackedAccountId: number, takenAt: Date, contentHash: string) {
  const same = await tx.snapshot.findFirst({ where: { trackedAccountId, contentHash }, select: { id: true } });
  if (same) return;
  const clash = await tx.snapshot.findFirst({ where: { trackedAccountId, takenAt }, select: { id: true } });
  if (clash) throw new ImportStateError(`A different snapshot taken at exactly ${takenAt.toISOString()} is already imported: pick another snapshot time.`);
}

/** The creator drops a previewed or held import: its file is deleted, nothing was applied. */
export async function discardImport(scope: AccountScope, importId: number) {
  const row = await db().import.findFirst({ where: { id: importId, trackedAccountId: scope.trackedAccountId, status: { in: ["ready", "held"] } } });
  if (!row) throw new ImportStateError("This import is not waiting for a decision.");
  await db().import.update({ where: { id: importId }, data: { status: "discarded", storagePath: null, finishedAt: new Date() } });
  await dropImportContent(db(), importId);
  if (row.storagePath) await rm(row.storagePath, { force: true });
  // A held partial export that is dropped settles its anomaly.
  if (row.status === "held") await requestDetection(scope.trackedAccountId);
}

/** Queues the removal of one snapshot and the recomputation of the history after it; returns the job to follow. */
export async function requestSnapshotDeletion(scope: AccountScope, snapshotId: number): Promise<number> {
  const snapshot = await db().snapshot.findFirst({ where: { id: snapshotId, trackedAccountId: scope.trackedAccountId }, select: { id: true } });
  if (!snapshot) throw new ImportStateError("No such snapshot.");
  const job = await db().job.create({ data: { kind: "delete-snapshot", trackedAccountId: scope.trackedAccountId, payload: { snapshotId } } });
  dispatchJobsSoon(db());
  return job.id;
}
