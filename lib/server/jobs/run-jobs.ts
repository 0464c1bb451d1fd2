import type { PrismaClient } from "../generated/prisma/client";
import { jobHandlers } from "./job-handlers";

const PROGRESS_EVERY_MS = 500;
const holder = globalThis as unknown as { __followlensJobLoop?: Promise<void> };

/**
 * Runs queued jobs one at a time in this process until none is left. Calling it while a loop runs returns that loop:
 * one runner per process (PGlite is one process anyway; on PostgreSQL a second server claims jobs atomically).
 */
export function runPendingJobs(prisma: PrismaClient): Promise<void> {
  holder.__followlensJobLoop ??= loop(prisma).finally(() => {
    holder.__followlensJobLoop = undefined;
  });
  return holder.__followlensJobLoop;
}

async function loop(prisma: PrismaClient) {
  for (;;) {
    const job = await claimNext(prisma);
    if (!job) return;
    await runOne(prisma, job);
  }
}

async function claimNext(prisma: PrismaClient) {
  const [job] = await prisma.$queryRaw<{ id: number; kind: string; tracked_account_id: number | null }[]>`
    UPDATE jobs SET status = 'running', started_at = now(), done = 0, error = NULL
    WHERE id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, tracked_account_id`;
  return job ?? null;
}

async function runOne(prisma: PrismaClient, job: { id: number; kind: string; tracked_account_id: number | null }) {
  let last = 0;
  const progress = async (phase: string, done: number, total: number) => {
    if (Date.now() - last < PROGRESS_EVERY_MS && done < total) return;
    last = Date.now();
    await prisma.job.update({ where: { id: job.id }, data: { phase, done, total } });
  };
  try {
    const handler = jobHandlers[job.kind];
    if (!handler) throw new Error(`No handler for job kind "${job.kind}"`);
    await handler(prisma, { trackedAccountId: job.tracked_account_id }, progress);
    await prisma.job.update({ where: { id: job.id }, data: { status: "done", phase: "done", finishedAt: new Date() } });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await prisma.job.update({ where: { id: job.id }, data: { status: "failed", error: message.slice(0, 2000), finishedAt: new Date() } });
  }
}

/** At start-up: work a stopped server left running is queued again (handlers start over), then run. */
export async function resumeJobs(prisma: PrismaClient) {
  await prisma.job.updateMany({ where: { status: "running" }, data: { status: "queued", phase: "resumed after a restart" } });
  await runPendingJobs(prisma);
}
