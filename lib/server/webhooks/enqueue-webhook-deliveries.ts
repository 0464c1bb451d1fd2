import type { Prisma, PrismaClient } from "../generated/prisma/client";

/**
 * One pending delivery per new anomaly whose creator has a webhook; returns how many were queued. Platform incidents
 * (no tracked account) are the admins' concern and go to no creator; an anomaly already queued is not queued twice.
 * Sending is the "deliver-webhooks" job's work, so this can run inside the detection's transaction.
 */
export async function enqueueWebhookDeliveries(prisma: PrismaClient | Prisma.TransactionClient, anomalyIds: number[]): Promise<number> {
  if (anomalyIds.length === 0) return 0;
  const anomalies = await prisma.anomaly.findMany({
    where: { id: { in: anomalyIds }, trackedAccountId: { not: null }, withdrawnAt: null },
    select: { id: true, trackedAccount: { select: { owner: { select: { webhook: { select: { id: true } } } } } } },
  });
  const data = anomalies.flatMap((a) => {
    const webhook = a.trackedAccount?.owner.webhook;
    return webhook ? [{ webhookId: webhook.id, anomalyId: a.id }] : [];
  });
  if (data.length === 0) return 0;
  const { count } = await prisma.webhookDelivery.createMany({ data, skipDuplicates: true });
  return count;
}
