import type { PrismaClient } from "../generated/prisma/client";

/** Queues a job unless the same kind is already waiting or running for the account; returns the job to follow. */
export async function enqueueJob(prisma: PrismaClient, kind: string, trackedAccountId: number) {
  const pending = await prisma.job.findFirst({
    where: { kind, trackedAccountId, status: { in: ["queued", "running"] } },
    orderBy: { createdAt: "desc" },
  });
  return pending ?? prisma.job.create({ data: { kind, trackedAccountId } });
}
