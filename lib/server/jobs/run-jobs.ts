import type { PrismaClient } from "../generated/prisma/client";
import { jobHandlers, type JobProgress } from "./job-handlers";
import { forgetLiveJob, setLiveJob, updateLiveJob } from "./live-jobs";

const PROGRESS_EVERY_MS = 500;
const holder = globalThis as unknown as { __followlensJobLoop?: Promise<void> };

type ClaimedJob = { id: number; kind: string; tracked_account_id: number | null; payload: unknown };

/**
 * Runs queued jobs one at a time in this process until none is left. Calling it while a loop runs returns that loop:
 * one runner per process (PGlite is one process anyway; on PostgreSQL a second server claims jobs atomically).
 * One at a time also means two imports of one account never interleave.
 */
export function runPendingJobs(prisma: PrismaClient): Promise<void> {
  holder.__followlensJobLoop ??= loop(prisma).finally(() => {
    holder.__followlensJobLoop = undefined;
  });
  return holder.__followlensJobLoop;
}

/** Starts the runner without waiting for it (a request queued work); a failure is logged, never thrown at the caller. */
export function runJobsInBackground(prisma: PrismaClient) {
  void runPendingJobs(prisma).catch((error) => console.error("job runner:", error));
}

async function loop(prisma: PrismaClient) {
  for (;;) {
    const job = await claimNext(prisma);
    if (!job) return;
    await runOne(prisma, job);
  }
}

async function claimNext(prisma: PrismaClient) {
  const [job] = await prisma.$queryRaw<ClaimedJob[]>`
    UPDATE jobs SET status = 'running', started_at = now(), done = 0, error = NULL
    WHERE id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, tracked_account_id, payload`;
  return job ?? null;
}

async function runOne(prisma: PrismaClient, job: ClaimedJob) {
  const owner = job.tracked_account_id === null ? null
    : await prisma.trackedAccount.findUnique({ where: { id: job.tracked_account_id }, select: { ownerId: true } });
  setLiveJob(job.id, { ownerId: owner?.ownerId ?? null, status: "running", phase: null, done: 0, total: 0, error: null });
  let last = 0;
  const progress: JobProgress = async (phase, done, total) => {
    updateLiveJob(job.id, { phase, done, total });
    if (Date.now() - last < PROGRESS_EVERY_MS && done < total) return;
    last = Date.now();
    await prisma.job.update({ where: { id: job.id }, data: { phase, done, total } });
  };
  const live = (phase: string, done: number, total: number) => updateLiveJob(job.id, { phase, done, total });
  try {
    const handler = jobHandlers[job.kind];
    if (!handler) throw new Error(`No handler for job kind "${job.kind}"`);
    await handler(prisma, { id: job.id, trackedAccountId: job.tracked_account_id, payload: job.payload }, progress, live);
    await prisma.job.update({ where: { id: job.id }, data: { status: "done", phase: "done", finishedAt: new Date() } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await prisma.job.update({ where: { id: job.id }, data: { status: "failed", error: message.slice(0, 2000), finishedAt: new Date() } });
  } finally {
    forgetLiveJob(job.id);
  }
}

/** At start-up: work a stopped server left running is queued again (handlers start over), then run. */
export async function resumeJobs(prisma: PrismaClient) {
  await prisma.job.updateMany({ where: { status: "running" }, data: { status: "queued", phase: "resumed after a restart" } });
  await runPendingJobs(prisma);
}
