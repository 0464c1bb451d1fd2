import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { secretHint } from "./webhook-secret";
import type { WebhookView } from "./webhook-view";

/** The viewer's webhook, if they set one. */
export async function getWebhook(viewer: Viewer): Promise<WebhookView | null> {
  const row = await db().webhook.findUnique({ where: { userId: viewer.userId }, select: { url: true, secret: true, createdAt: true } });
  return row ? { url: row.url, secretHint: secretHint(row.secret), createdAt: row.createdAt } : null;
}
