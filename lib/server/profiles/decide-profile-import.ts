import { rm } from "node:fs/promises";
import type { ProfileReport } from "@/lib/domain/profiles/profile-report";
import type { ColumnChoices } from "@/lib/domain/profiles/resolve-mapping";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { dispatchJobsSoon } from "../jobs/dispatch-jobs";

export class ProfileImportStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProfileImportStateError";
  }
}

const NOT_WAITING = "This profile file is not waiting for a decision (it may already be applied or discarded).";

/** The creator changes how columns are read: the preview is made again from the stored file. Returns the job. */
export async function remapProfileImport(scope: AccountScope, id: number, choices: ColumnChoices): Promise<number> {
  const job = await db().$transaction(async (tx) => {
    const moved = await tx.profileImport.updateMany({
      where: { id, trackedAccountId: scope.trackedAccountId, status: "ready" },
      data: { status: "parsing", mapping: choices },
    });
    if (moved.count === 0) throw new ProfileImportStateError(NOT_WAITING);
    return tx.job.create({ data: { kind: "preview-profiles", trackedAccountId: scope.trackedAccountId, payload: { profileImportId: id } } });
  });
  dispatchJobsSoon(db());
  return job.id;
}

/** The creator applies the previewed file; only one waiting, with something to write, can be (a double click queues one job). */
export async function confirmProfileImport(scope: AccountScope, id: number): Promise<number> {
  const job = await db().$transaction(async (tx) => {
    const row = await tx.profileImport.findFirst({ where: { id, trackedAccountId: scope.trackedAccountId, status: "ready" }, select: { report: true } });
    const report = row?.report as ProfileReport | null | undefined;
    if (!report) throw new ProfileImportStateError(NOT_WAITING);
    if (report.blocking.length) throw new ProfileImportStateError(report.blocking.join(" "));
    if (report.matched === 0) throw new ProfileImportStateError("No profile in this file can be applied: see the problems listed.");
    const moved = await tx.profileImport.updateMany({ where: { id, status: "ready" }, data: { status: "applying" } });
    if (moved.count === 0) throw new ProfileImportStateError(NOT_WAITING);
    return tx.job.create({ data: { kind: "apply-profiles", trackedAccountId: scope.trackedAccountId, payload: { profileImportId: id } } });
  });
  dispatchJobsSoon(db());
  return job.id;
}

/** The creator drops the file: deleted from disk, nothing written. */
export async function discardProfileImport(scope: AccountScope, id: number) {
  const row = await db().profileImport.findFirst({ where: { id, trackedAccountId: scope.trackedAccountId, status: "ready" } });
  if (!row) throw new ProfileImportStateError(NOT_WAITING);
  await db().profileImport.update({ where: { id }, data: { status: "discarded", storagePath: null, finishedAt: new Date() } });
  if (row.storagePath) await rm(row.storagePath, { force: true });
}
