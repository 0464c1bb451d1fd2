import type { PrismaClient } from "../generated/prisma/client";
import type { JobHandlers } from "./job-types";
import { createProgressWriter } from "./progress-writer";
import { isTransientError } from "./transient-error";

export type QueueAttempt = { jobId: number; retryCount: number; retryLimit: number };

/** The outcome pg-boss needs: "retry" is thrown back to it (it retries with backoff), the others complete its job. */
export type RunOutcome = "done" | "failed" | "retry" | "skipped";

/**
 * Runs one of our jobs for a queue attempt: marks it running with this worker's id (a job still marked running by
 * another worker was taken over after that worker's lease lapsed, and the history says so), runs its handler,
 * records the end. A transient failure with attempts left goes back to the queue; any other failure is final.
 */
export async function runJob(prisma: PrismaClient, handlers: JobHandlers, attempt: QueueAttempt, workerId: string): Promise<RunOutcome> {
  const row = await prisma.job.findUnique({ where: { id: attempt.jobId } });
  if (!row || row.status === "done" || row.status === "failed") return "skipped";
  const takenOver = row.status === "running" && row.workerId !== null && row.workerId !== workerId;
  await prisma.$transaction([
    prisma.job.update({
      where: { id: row.id },
      data: { status: "running", startedAt: new Date(), done: 0, error: null, attempts: { increment: 1 }, workerId },
    }),
    prisma.jobEvent.create({
      data: {
        jobId: row.id,
        workerId,
        event: takenOver ? "taken-over" : row.attempts > 0 ? "retried" : "started",
        detail: takenOver ? `${row.workerId} stopped renewing its lease` : null,
      },
    }),
  ]);
  const writer = createProgressWriter(prisma, row.id, workerId);
  try {
    const handler = handlers[row.kind];
    if (!handler) throw new Error(`No handler for job kind "${row.kind}"`);
    await handler(prisma, { id: row.id, trackedAccountId: row.trackedAccountId, payload: row.payload }, writer.progress, writer.live);
    await writer.flush();
    await finish(prisma, row.id, workerId, "done", null);
    return "done";
  } catch (error) {
    await writer.flush();
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
    if (isTransientError(error) && attempt.retryCount < attempt.retryLimit) {
      await finish(prisma, row.id, workerId, "queued", message).catch(() => {});
      return "retry";
    }
    await finish(prisma, row.id, workerId, "failed", message);
    return "failed";
  }
}

/**
 * Ends an attempt, fenced by the worker id: a worker whose lease lapsed while it still ran (a long pause, a lost
 * network) finds the job taken over and writes nothing over the newer attempt's record.
 */
async function finish(prisma: PrismaClient, jobId: number, workerId: string, status: "done" | "failed" | "queued", error: string | null) {
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.job.updateMany({
      where: { id: jobId, workerId },
      data: status === "queued"
        ? { status, phase: `retrying after: ${error}` }
        : { status, error, finishedAt: new Date(), ...(status === "done" ? { phase: "done" } : {}) },
    });
    if (count === 0) return;
    await tx.jobEvent.create({ data: { jobId, workerId, event: status === "queued" ? "retrying" : status, detail: error } });
  });
}
