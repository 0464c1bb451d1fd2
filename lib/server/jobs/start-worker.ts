import { hostname } from "node:os";
import type { JobWithMetadata } from "pg-boss";
import type { PrismaClient } from "../generated/prisma/client";
import { dispatchJobs } from "./dispatch-jobs";
import type { JobHandlers } from "./job-types";
import { ACCOUNT_QUEUE, GLOBAL_QUEUE, MAINTENANCE_QUEUE, jobTiming, openQueue } from "./queue";
import { runJob } from "./run-job";

export type WorkerOptions = {
  prisma: PrismaClient;
  url: string;
  handlers: JobHandlers;
  /** jobs of different accounts run at once in this process (one per account whatever the count) */
  concurrency?: number;
  /** the once-a-minute tick, run by whichever worker pg-boss picks */
  maintenance?: (prisma: PrismaClient) => Promise<void>;
};

export type Worker = { id: string; stop: (options?: { graceful?: boolean }) => Promise<void> };

let counter = 0;

/**
 * A worker: claims jobs from the queues (pg-boss: FOR UPDATE SKIP LOCKED, a lease renewed while the handler runs),
 * runs them through their handlers by kind name, and takes part in supervision (a job whose worker stopped renewing
 * its lease is failed and retried elsewhere) and the cron schedule.
 */
export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const id = `${hostname()}:${process.pid}:${++counter}`;
  const { leaseSeconds, pollSeconds } = jobTiming();
  const boss = await openQueue(options.url, "worker");
  const work = async ([job]: JobWithMetadata<{ jobId: number }>[]) => {
    if (!job) return;
    const outcome = await runJob(options.prisma, options.handlers, { jobId: job.data.jobId, retryCount: job.retryCount, retryLimit: job.retryLimit }, id);
    if (outcome === "retry") throw new Error(`job ${job.data.jobId}: transient failure, retrying`);
  };
  const workOptions = {
    includeMetadata: true as const,
    pollingIntervalSeconds: pollSeconds,
    heartbeatRefreshSeconds: Math.max(2, Math.floor(leaseSeconds / 4)),
  };
  await boss.work(ACCOUNT_QUEUE, { ...workOptions, localConcurrency: options.concurrency ?? 2 }, work);
  await boss.work(GLOBAL_QUEUE, { ...workOptions, localConcurrency: 1 }, work);
  if (options.maintenance) {
    const tick = options.maintenance;
    await boss.work(MAINTENANCE_QUEUE, { pollingIntervalSeconds: 5 }, async () => tick(options.prisma));
    await boss.schedule(MAINTENANCE_QUEUE, "* * * * *");
  }
  // Jobs written while no worker ran (or whose dispatch was lost) go out now.
  await dispatchJobs(options.prisma);
  return {
    id,
    stop: async ({ graceful = true } = {}) => {
      await boss.stop({ graceful, timeout: graceful ? 30_000 : 1000, close: true });
    },
  };
}
