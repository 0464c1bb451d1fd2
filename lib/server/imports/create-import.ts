import { rm } from "node:fs/promises";
import { cleanFileName } from "@/lib/domain/imports/file-names";
import { defaultImportLimits } from "@/lib/domain/imports/types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { dispatchJobsSoon } from "../jobs/dispatch-jobs";
import { storeUpload } from "./store-upload";

export type ImportOrigin = "upload" | "api" | "cli";

export type CreateImportInput = {
  origin: ImportOrigin;
  fileName: string;
  body: AsyncIterable<Uint8Array>;
  createdById: number | null;
  /** apply right after parsing unless it looks partial (then it is held for review); false: wait for a confirm */
  autoApply: boolean;
  /** the snapshot time to use instead of the export's own */
  takenAt?: Date;
  /** the file's own modification time (a browser's File.lastModified), used when the export carries no time */
  fileModifiedAt?: Date;
};

export type CreatedImport = { importId: number; jobId: number | null; status: "parsing" | "duplicate"; snapshotId: number | null };

/**
 * Takes a file in: stored on disk while hashed, then parsed by a recorded job into a preview. A file already applied
 * to this account is recognised by its hash and changes nothing. Throws ImportError (too large, empty).
 */
export async function createImport(scope: AccountScope, input: CreateImportInput): Promise<CreatedImport> {
  const stored = await storeUpload(input.body, defaultImportLimits.maxFileBytes);
  const trackedAccountId = scope.trackedAccountId;
  const base = {
    trackedAccountId,
    createdById: input.createdById,
    origin: input.origin,
    fileName: cleanFileName(input.fileName),
    fileSize: BigInt(stored.size),
    fileHash: stored.sha256,
    autoApply: input.autoApply,
    takenAt: input.takenAt ?? null,
    exportedAt: input.fileModifiedAt ?? null,
  };
  const applied = await db().import.findFirst({
    where: { trackedAccountId, fileHash: stored.sha256, status: "applied" },
    select: { snapshotId: true },
  });
  if (applied) {
    await rm(stored.path, { force: true });
    const row = await db().import.create({
      data: { ...base, status: "duplicate", snapshotId: applied.snapshotId, finishedAt: new Date(), error: null },
    });
    return { importId: row.id, jobId: null, status: "duplicate", snapshotId: applied.snapshotId };
  }
  const { row, job } = await db().$transaction(async (tx) => {
    const row = await tx.import.create({ data: { ...base, storagePath: stored.path, status: "parsing" } });
    const job = await tx.job.create({ data: { kind: "preview-import", trackedAccountId, payload: { importId: row.id } } });
    return { row, job };
  });
  dispatchJobsSoon(db());
  return { importId: row.id, jobId: job.id, status: "parsing", snapshotId: null };
}
