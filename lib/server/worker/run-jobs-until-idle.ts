import type { PrismaClient } from "../generated/prisma/client";
import { databaseUrl } from "../db";
import { startWorker } from "../jobs/start-worker";
import { jobHandlers } from "./job-handlers";

/**
 * Runs a worker in this process until no job is queued or running (the CLI's import, tests): the same queue, leases
 * and handlers as `npm run worker`. Jobs another worker holds count too, so this waits for them as well.
 */
export async function runJobsUntilIdle(prisma: PrismaClient, options: { timeoutMs?: number } = {}) {
  const worker = await startWorker({ prisma, url: databaseUrl(), handlers: jobHandlers, concurrency: 2 });
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  try {
    let quiet = 0;
    while (quiet < 2) {
      if (Date.now() > deadline) throw new Error("jobs did not finish in time");
      await new Promise((r) => setTimeout(r, 100));
      const busy = await prisma.job.count({ where: { status: { in: ["queued", "running"] } } });
      quiet = busy === 0 ? quiet + 1 : 0;
    }
  } finally {
    await worker.stop({ graceful: true });
  }
}
