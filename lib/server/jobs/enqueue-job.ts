import type { PrismaClient } from "../generated/prisma/client";
import { dispatchJobs } from "./dispatch-jobs";

type EnqueueOptions = { again?: boolean; payload?: Record<string, unknown> };

/**
 * Queues a job unless the same kind is already waiting for the account; returns the job to follow. A running job is
 * followed too, unless `again` asks for a fresh run: detection after new data must not be satisfied by a run that
 * read the data before it. Jobs with a payload (an import, a snapshot) are always their own.
 */
export async function enqueueJob(prisma: PrismaClient, kind: string, trackedAccountId: number | null, options: EnqueueOptions = {}) {
  const pending = options.payload
    ? null
    : await prisma.job.findFirst({
        where: { kind, trackedAccountId, status: { in: options.again ? ["queued"] : ["queued", "running"] } },
        orderBy: { createdAt: "desc" },
      });
  const job = pending ?? (await prisma.job.create({ data: { kind, trackedAccountId, ...(options.payload ? { payload: options.payload as object } : {}) } }));
  await dispatchJobs(prisma);
  return job;
}
