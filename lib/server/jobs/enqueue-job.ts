import type { PrismaClient } from "../generated/prisma/client";

/**
 * Queues a job unless the same kind is already waiting for the account; returns the job to follow. A running job is
 * followed too, unless `again` asks for a fresh run: detection after new data must not be satisfied by a run that
 * read the data before it.
 */
export async function enqueueJob(prisma: PrismaClient, kind: string, trackedAccountId: number | null, options: { again?: boolean } = {}) {
  const pending = await prisma.job.findFirst({
    where: { kind, trackedAccountId, status: { in: options.again ? ["queued"] : ["queued", "running"] } },
    orderBy: { createdAt: "desc" },
  });
  return pending ?? prisma.job.create({ data: { kind, trackedAccountId } });
}
