import { rm } from "node:fs/promises";
import type { PrismaClient } from "../generated/prisma/client";
import { enqueueJob } from "../jobs/enqueue-job";
import type { JobProgress, LiveProgress } from "../jobs/job-types";
import { isTransientError } from "../jobs/transient-error";
import { applySnapshot } from "../snapshots/apply-snapshot";
import { upsertProfiles } from "../snapshots/upsert-profiles";
import { collectGarbage } from "../jobs/collect-garbage";
import { dropImportContent, loadImportContent, type ImportToApply } from "./import-content";
import { takeParsedImport } from "./parsed-cache";
import { failImport } from "./preview-import";
import { readImportFile } from "./read-import-file";
import { recordExportIntents } from "./record-export-intents";

const GC_EVERY_ROWS = 400_000;

/**
 * The "apply-import" job: applies the import as one snapshot in one transaction, from what its preview parsed (handed
 * over in memory when it goes straight on, else kept in import_contents; the file is parsed again only when neither
 * is there, or the creator chose another snapshot time); an export older than the latest snapshot takes its place in the timeline.
 * Safe to run again after a restart: a snapshot already committed is recognised by its content hash.
 */
export async function applyImport(prisma: PrismaClient, importId: number, progress: JobProgress, live: LiveProgress) {
  const row = await prisma.import.findUnique({ where: { id: importId } });
  if (!row || row.status !== "applying") return;
  try {
    await progress("reading the file", 0, 1);
    const { parsed, prepared, keptLists }: ImportToApply =
      takeParsedImport(importId) ?? (await loadImportContent(prisma, row)) ?? (await readImportFile(row, (read, total) => live("reading the file", read, total)));
    const rows = prepared.columns.keys.length;
    let collectedAt = 0;
    await progress("writing", 0, rows);
    const result = await applySnapshot(prisma, row.trackedAccountId, prepared, {
      placeInTimeline: true,
      keptLists,
      onProgress: (phase, done) => {
        live(phase, Math.min(done, rows), rows);
        // Each batch leaves a few MB of request buffers behind; collecting every few hundred thousand rows keeps
        // them from piling up (see collectGarbage).
        if (done - collectedAt >= GC_EVERY_ROWS || done < collectedAt) {
          collectedAt = done;
          collectGarbage(rows);
        }
      },
    });
    collectGarbage(rows);
    await recordExportIntents(prisma, row.trackedAccountId, parsed.unfollowed);
    if (parsed.profile && (parsed.profile.followerCount !== null || parsed.profile.followingCount !== null)) {
      // The export's own profile counts, stored like those the API pushes (a count it lacks keeps the stored one).
      const { followerCount, followingCount } = parsed.profile;
      const account = await prisma.trackedAccount.findUniqueOrThrow({ where: { id: row.trackedAccountId }, select: { platform: true, handle: true } });
      await prisma.$transaction((tx) => upsertProfiles(tx, account.platform, [{ handle: account.handle, followerCount, followingCount }]));
    }
    await prisma.import.update({
      where: { id: importId },
      data: { status: "applied", snapshotId: result.snapshotId, storagePath: null, finishedAt: new Date() },
    });
    await dropImportContent(prisma, importId);
    await rm(row.storagePath!, { force: true });
    await progress("done", rows, rows);
    await enqueueJob(prisma, "rescore-bots", row.trackedAccountId);
  } catch (error) {
    // A lost connection is retried with the file kept (the transaction rolled back); anything else is final.
    if (isTransientError(error)) throw error;
    await failImport(prisma, importId, row.storagePath, error);
    throw error;
  }
}
