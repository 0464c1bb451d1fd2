import type { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "../db";
import { ACCOUNT_QUEUE, GLOBAL_QUEUE, queueFor } from "./queue";

const BATCH = 100;

/** The queue job id of one of our jobs: derived, so a job sent twice (a sweep racing a request) is one queue job. */
export function queueJobId(jobId: number): string {
  return `00000000-0000-4000-8000-${jobId.toString(16).padStart(12, "0")}`;
}

/**
 * Hands every queued job that has not reached the queue yet to pg-boss. Jobs are written first (often in the same
 * transaction as the import they work on) and sent after the commit; a process that dies in between leaves them for
 * the next dispatch, which every request that queues work and the worker's once-a-minute sweep run.
 */
export async function dispatchJobs(prisma: PrismaClient): Promise<number> {
  let sent = 0;
  for (;;) {
    const pending = await prisma.job.findMany({
      where: { status: "queued", dispatchedAt: null },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, trackedAccountId: true },
    });
    if (pending.length === 0) return sent;
    const boss = await queueFor(databaseUrl());
    for (const job of pending) {
      const perAccount = job.trackedAccountId !== null;
      await boss.send(perAccount ? ACCOUNT_QUEUE : GLOBAL_QUEUE, { jobId: job.id }, {
        id: queueJobId(job.id),
        ...(perAccount ? { singletonKey: `account:${job.trackedAccountId}` } : {}),
      });
    }
    await prisma.job.updateMany({ where: { id: { in: pending.map((j) => j.id) } }, data: { dispatchedAt: new Date() } });
    sent += pending.length;
    if (pending.length < BATCH) return sent;
  }
}

/** After a request queued work: dispatch without making the request wait on a failure (the sweep retries it). */
export function dispatchJobsSoon(prisma: PrismaClient) {
  void dispatchJobs(prisma).catch((error) => console.error(`job dispatch: ${error instanceof Error ? error.message : String(error)}`));
}
