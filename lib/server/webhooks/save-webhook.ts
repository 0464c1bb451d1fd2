import { checkWebhookUrl } from "@/lib/domain/webhooks/webhook-target";
import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { webhookTargetPolicy } from "./webhook-config";
import { generateWebhookSecret } from "./webhook-secret";

export type SavedWebhook = { ok: true; url: string; secret: string | null } | { ok: false; message: string };

/**
 * Sets the viewer's webhook URL (checked here, whoever calls). A first webhook gets a new secret, returned here and
 * nowhere else; changing the URL keeps the secret, so a receiver moved to a new address needs no new secret.
 */
export async function saveWebhook(viewer: Viewer, input: string): Promise<SavedWebhook> {
  const checked = checkWebhookUrl(input, webhookTargetPolicy());
  if (!checked.ok) return checked;
  const existing = await db().webhook.findUnique({ where: { userId: viewer.userId }, select: { id: true } });
  if (existing) {
    await db().webhook.update({ where: { id: existing.id }, data: { url: checked.url } });
    return { ok: true, url: checked.url, secret: null };
  }
  const secret = generateWebhookSecret();
  // upsert: two tabs saving at once must not fail on the one-webhook-per-user constraint.
  const row = await db().webhook.upsert({
    where: { userId: viewer.userId },
    create: { userId: viewer.userId, url: checked.url, secret },
    update: { url: checked.url },
    select: { secret: true },
  });
  return { ok: true, url: checked.url, secret: row.secret === secret ? secret : null };
}
