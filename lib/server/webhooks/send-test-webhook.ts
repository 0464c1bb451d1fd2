import { buildTestPayload } from "@/lib/domain/webhooks/anomaly-payload";
import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { postWebhook, type WebhookPost } from "./post-webhook";
import { publicBaseUrl, webhookTargetPolicy } from "./webhook-config";

/**
 * Sends a signed "webhook.test" event to the viewer's webhook at once and says what the receiver answered. Not
 * recorded as a delivery (deliveries are of anomalies) and never retried: the creator is watching.
 */
export async function sendTestWebhook(viewer: Viewer, now = new Date()): Promise<WebhookPost | null> {
  const webhook = await db().webhook.findUnique({ where: { userId: viewer.userId }, select: { url: true, secret: true } });
  if (!webhook) return null;
  const account = await db().trackedAccount.findFirst({ where: { ownerId: viewer.userId }, orderBy: { id: "asc" }, select: { handle: true } });
  const body = JSON.stringify(buildTestPayload(account?.handle ?? "your.handle", publicBaseUrl(), now));
  return postWebhook({ url: webhook.url, secret: webhook.secret, body, deliveryId: `test-${now.getTime()}`, policy: webhookTargetPolicy(), now });
}
