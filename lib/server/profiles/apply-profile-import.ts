import { rm } from "node:fs/promises";
import type { PrismaClient } from "../generated/prisma/client";
import { dispatchJobsSoon } from "../jobs/dispatch-jobs";
import type { JobProgress, LiveProgress } from "../jobs/job-types";
import { isTransientError } from "../jobs/transient-error";
import { failProfileImport } from "./fail-profile-import";
import { matchProfileFile } from "./match-profile-file";
import { writeProfileRows } from "./write-profile-rows";

/** For tests: smaller batches, and a look after each (throwing there aborts the transaction). */
export type ApplyProfilesOptions = { batchSize?: number; batchWritten?: (written: number) => void };

/**
 * The "apply-profiles" job: parses the file again with the creator's choices, checks the handles against the lists
 * as they are now, and writes every profile, marks the import applied and queues a rescoring, all in one
 * transaction: all of it lands or none. Safe to run again: an applied import is left alone, and writing the same
 * profiles twice changes nothing.
 */
export async function applyProfileImport(prisma: PrismaClient, id: number, progress: JobProgress, live: LiveProgress, options: ApplyProfilesOptions = {}) {
  const row = await prisma.profileImport.findUnique({ where: { id } });
  if (!row || row.status !== "applying") return;
  try {
    await progress("reading the file", 0, 1);
    const { write, report } = await matchProfileFile(prisma, row, (read, total) => live("reading the file", read, total));
    if (report.blocking.length) throw new Error(report.blocking.join(" "));
    const account = await prisma.trackedAccount.findUniqueOrThrow({ where: { id: row.trackedAccountId }, select: { platform: true } });
    await progress("writing profiles", 0, write.length);
    await prisma.$transaction(
      async (tx) => {
        await writeProfileRows(tx, account.platform, write, (written) => {
          live("writing profiles", written, write.length);
          options.batchWritten?.(written);
        }, options.batchSize);
        // A rescoring already running read the old profiles: only one still queued will see the new ones.
        const queued = await tx.job.findFirst({ where: { kind: "rescore-bots", trackedAccountId: row.trackedAccountId, status: "queued" }, select: { id: true } });
        const rescore = queued ?? (await tx.job.create({ data: { kind: "rescore-bots", trackedAccountId: row.trackedAccountId }, select: { id: true } }));
        await tx.profileImport.update({
          where: { id },
          data: { status: "applied", report, written: write.length, rescoreJobId: rescore.id, storagePath: null, finishedAt: new Date() },
        });
      },
      { timeout: 30 * 60_000, maxWait: 10 * 60_000 },
    );
    await rm(row.storagePath!, { force: true });
    dispatchJobsSoon(prisma);
    await progress("done", write.length, write.length);
  } catch (error) {
    if (isTransientError(error)) throw error;
    await failProfileImport(prisma, id, row.storagePath, error);
    throw error;
  }
}
