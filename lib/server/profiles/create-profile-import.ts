import { cleanFileName } from "@/lib/domain/imports/file-names";
import { defaultImportLimits } from "@/lib/domain/imports/types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { dispatchJobsSoon } from "../jobs/dispatch-jobs";
import { storeUpload } from "../imports/store-upload";

export type CreateProfileImportInput = { fileName: string; body: AsyncIterable<Uint8Array>; createdById: number | null };

/**
 * Takes a profile file in: streamed to the upload folder while hashed (held to the import size limit), then read by
 * a recorded job into a preview. Nothing is kept in memory between the upload, the preview and the apply, so any web
 * instance and any worker can take each step. Throws ImportError (too large, empty).
 */
export async function createProfileImport(scope: AccountScope, input: CreateProfileImportInput) {
  const stored = await storeUpload(input.body, defaultImportLimits.maxFileBytes);
  const trackedAccountId = scope.trackedAccountId;
  const { row, job } = await db().$transaction(async (tx) => {
    const row = await tx.profileImport.create({
      data: {
        trackedAccountId,
        createdById: input.createdById,
        fileName: cleanFileName(input.fileName),
        fileSize: BigInt(stored.size),
        fileHash: stored.sha256,
        storagePath: stored.path,
      },
    });
    const job = await tx.job.create({ data: { kind: "preview-profiles", trackedAccountId, payload: { profileImportId: row.id } } });
    return { row, job };
  });
  dispatchJobsSoon(db());
  return { profileImportId: row.id, jobId: job.id };
}
