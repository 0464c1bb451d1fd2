import { db } from "../db";
import type { PrismaClient } from "../generated/prisma/client";
import { enqueueJob } from "../jobs/enqueue-job";

/**
 * Queues a detection run for the account after new data (API events, intents recorded in the Following Manager) —
 * a fresh run even if one is under way, since that one read the data before.
 */
export async function requestDetection(trackedAccountId: number, prisma: PrismaClient = db()) {
  const job = await enqueueJob(prisma, "detect-anomalies", trackedAccountId, { again: true });
  return job;
}
