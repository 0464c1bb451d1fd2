import type { PrismaClient } from "../generated/prisma/client";
import type { JobProgress, LiveProgress } from "./job-types";

const EVERY_MS = 500;
type State = { phase: string; done: number; total: number };

/**
 * A job's progress in the jobs table, where any web instance reads it. At most one write every 500 ms and one in
 * flight: a loop reporting every batch costs nothing, and the last state before a pause is always written. The
 * writes go through the pool, beside the transaction the job may hold, so they never wait for it. Fenced by the worker
 * id like the job's end: a worker whose lease lapsed does not paint over the progress of the one that took over.
 */
export function createProgressWriter(prisma: PrismaClient, jobId: number, workerId: string) {
  let pending: State | null = null;
  let writing: Promise<void> | null = null;
  let lastAt = 0;
  let timer: NodeJS.Timeout | null = null;

  const write = () => {
    if (writing || !pending) return;
    const state = pending;
    pending = null;
    lastAt = Date.now();
    writing = prisma.job
      .updateMany({ where: { id: jobId, workerId }, data: state })
      .then(() => undefined, (error: unknown) => console.error(`job ${jobId} progress: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        writing = null;
        if (pending) schedule();
      });
  };
  const schedule = () => {
    if (timer) return;
    const wait = Math.max(0, EVERY_MS - (Date.now() - lastAt));
    timer = setTimeout(() => {
      timer = null;
      write();
    }, wait);
    timer.unref();
  };
  const live: LiveProgress = (phase, done, total) => {
    pending = { phase, done, total };
    schedule();
  };
  const progress: JobProgress = async (phase, done, total) => {
    live(phase, done, total);
    if (done >= total) await flush();
  };
  /** Writes what is pending now and waits for it. */
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = null;
    while (writing) await writing;
    write();
    while (writing) await writing;
  };
  return { progress, live, flush };
}
