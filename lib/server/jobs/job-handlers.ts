import type { PrismaClient } from "../generated/prisma/client";
import { scoreTrackedAccount } from "../bots/score-tracked-account";

export type JobProgress = (phase: string, done: number, total: number) => Promise<void>;
export type JobHandler = (prisma: PrismaClient, job: { trackedAccountId: number | null }, progress: JobProgress) => Promise<void>;

/** What each kind of job does. Handlers must be safe to run again from the start: a restart re-queues running jobs. */
export const jobHandlers: Record<string, JobHandler> = {
  "rescore-bots": async (prisma, job, progress) => {
    if (job.trackedAccountId === null) throw new Error("rescore-bots needs a tracked account");
    await scoreTrackedAccount(prisma, job.trackedAccountId, progress);
  },
};
