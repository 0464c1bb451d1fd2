import type { PrismaClient } from "../generated/prisma/client";
import { enqueueJob } from "../jobs/enqueue-job";
import { enqueueWebhookDeliveries } from "../webhooks/enqueue-webhook-deliveries";

/**
 * New anomalies go to their creators' webhooks: one delivery each, sent by the "deliver-webhooks" job (a fresh run,
 * since a pass under way may have read its list already). Called after the anomalies were committed.
 */
export async function notifyNewAnomalies(prisma: PrismaClient, anomalyIds: number[]) {
  if (anomalyIds.length === 0) return 0;
  const queued = await enqueueWebhookDeliveries(prisma, anomalyIds);
  if (queued > 0) await enqueueJob(prisma, "deliver-webhooks", null, { again: true });
  return queued;
}
