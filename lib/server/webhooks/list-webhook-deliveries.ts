import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import type { WebhookDeliveryView } from "./webhook-view";

const statuses = new Set(["pending", "delivered", "failed"]);

/** The viewer's most recent deliveries, newest first. */
export async function listWebhookDeliveries(viewer: Viewer, take = 20): Promise<WebhookDeliveryView[]> {
  const rows = await db().webhookDelivery.findMany({
    where: { webhook: { userId: viewer.userId } },
    orderBy: { id: "desc" },
    take,
    select: {
      id: true, status: true, attempts: true, nextAttemptAt: true, responseStatus: true, lastError: true, createdAt: true, deliveredAt: true,
      anomaly: { select: { id: true, kind: true, summary: true, trackedAccount: { select: { handle: true } } } },
    },
  });
  return rows.map(({ anomaly, status, ...r }) => ({
    ...r,
    status: (statuses.has(status) ? status : "pending") as WebhookDeliveryView["status"],
    anomaly: { id: anomaly.id, kind: anomaly.kind, summary: anomaly.summary, handle: anomaly.trackedAccount?.handle ?? null },
  }));
}
