import { detectAnomaliesForAccount } from "../anomalies/detect-anomalies-for-account";
import { scoreTrackedAccount } from "../bots/score-tracked-account";
import { applyImport } from "../imports/apply-import";
import { previewImport } from "../imports/preview-import";
import { applyProfileImport } from "../profiles/apply-profile-import";
import { previewProfileImport } from "../profiles/preview-profile-import";
import { deleteSnapshot } from "../snapshots/delete-snapshot";
import { deliverDueWebhooks } from "../webhooks/deliver-due-webhooks";
import { enqueueJob } from "../jobs/enqueue-job";
import type { JobHandlers, JobRef } from "../jobs/job-types";

const accountOf = (job: JobRef) => {
  if (job.trackedAccountId === null) throw new Error("This job needs a tracked account");
  return job.trackedAccountId;
};
const numberIn = (payload: unknown, key: string) => {
  const value = payload && typeof payload === "object" ? (payload as Record<string, unknown>)[key] : undefined;
  if (typeof value !== "number") throw new Error(`This job's payload has no ${key}`);
  return value;
};

/**
 * What each kind of job does, by name: the queue (lib/server/jobs) never imports these. Handlers must be safe to run
 * again from the start: a retry or a takeover after a lapsed lease starts over.
 */
export const jobHandlers: JobHandlers = {
  "rescore-bots": async (prisma, job, progress) => {
    await scoreTrackedAccount(prisma, accountOf(job), progress);
    // Every new snapshot is followed by a rescoring; the detectors read the fresh labels (bursts of bot-like arrivals).
    await enqueueJob(prisma, "detect-anomalies", accountOf(job), { again: true });
  },
  "detect-anomalies": async (prisma, job, progress) => {
    await detectAnomaliesForAccount(prisma, accountOf(job), progress);
  },
  "preview-import": async (prisma, job, progress) => {
    await previewImport(prisma, numberIn(job.payload, "importId"), progress);
  },
  "apply-import": async (prisma, job, progress, live) => {
    await applyImport(prisma, numberIn(job.payload, "importId"), progress, live);
  },
  "preview-profiles": async (prisma, job, progress) => {
    await previewProfileImport(prisma, numberIn(job.payload, "profileImportId"), progress);
  },
  "apply-profiles": async (prisma, job, progress, live) => {
    await applyProfileImport(prisma, numberIn(job.payload, "profileImportId"), progress, live);
  },
  "delete-snapshot": async (prisma, job, progress, live) => {
    const tid = accountOf(job);
    await progress("recomputing history", 0, 1);
    await deleteSnapshot(prisma, tid, numberIn(job.payload, "snapshotId"), (phase, rows) => live(phase, rows, rows));
    await enqueueJob(prisma, "rescore-bots", tid);
  },
  "deliver-webhooks": async (prisma) => {
    await deliverDueWebhooks(prisma);
  },
};
