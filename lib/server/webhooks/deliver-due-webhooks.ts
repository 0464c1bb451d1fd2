import { buildAnomalyPayload, PAYLOAD_ACCOUNTS } from "@/lib/domain/webhooks/anomaly-payload";
import { nextRetryAt } from "@/lib/domain/webhooks/retry-schedule";
import type { WebhookTargetPolicy } from "@/lib/domain/webhooks/webhook-target";
import type { PrismaClient } from "../generated/prisma/client";
import { postWebhook } from "./post-webhook";
import { publicBaseUrl, webhookTargetPolicy } from "./webhook-config";

/**
 * A claimed delivery is pushed this far ahead while it is being sent: longer than the 10 s timeout, so another
 * server (PostgreSQL) does not send it too, and short, so one left by a crash mid-send is picked up again.
 */
const CLAIM_LEASE_MS = 2 * 60_000;
/** Receivers answered in parallel: a slow one does not hold up the others for its whole 10 s. */
const BATCH = 5;

export type DeliveryPass = { delivered: number; retrying: number; failed: number };

type Options = { now?: () => Date; policy?: WebhookTargetPolicy; baseUrl?: string; timeoutMs?: number };

/**
 * Sends every delivery that is due, each as one signed POST; 2xx is delivered, anything else waits for its next
 * retry or, after the last, is failed. Retries that fall due later are picked up by the worker's once-a-minute tick.
 */
export async function deliverDueWebhooks(prisma: PrismaClient, options: Options = {}): Promise<DeliveryPass> {
  const now = options.now ?? (() => new Date());
  const pass: DeliveryPass = { delivered: 0, retrying: 0, failed: 0 };
  for (;;) {
    const due = await prisma.webhookDelivery.findMany({
      where: { status: "pending", nextAttemptAt: { lte: now() } },
      orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
      take: BATCH,
      select: { id: true, attempts: true },
    });
    if (due.length === 0) break;
    const outcomes = await Promise.all(due.map((d) => deliverOne(prisma, d, now, options)));
    for (const outcome of outcomes) if (outcome) pass[outcome] += 1;
  }
  return pass;
}

async function deliverOne(prisma: PrismaClient, due: { id: number; attempts: number }, now: () => Date, options: Options): Promise<keyof DeliveryPass | null> {
  const claimedAt = now();
  // Claimed only if nobody moved it since it was read: the attempt count is the version.
  const { count } = await prisma.webhookDelivery.updateMany({
    where: { id: due.id, status: "pending", attempts: due.attempts },
    data: { attempts: { increment: 1 }, nextAttemptAt: new Date(claimedAt.getTime() + CLAIM_LEASE_MS) },
  });
  if (count === 0) return null;
  const attempts = due.attempts + 1;
  const row = await prisma.webhookDelivery.findUnique({
    where: { id: due.id },
    select: {
      webhook: { select: { url: true, secret: true } },
      anomaly: {
        select: {
          id: true, kind: true, severity: true, status: true, windowStart: true, windowEnd: true, summary: true, accountCount: true,
          trackedAccount: { select: { handle: true } },
          accounts: { select: { handle: true }, orderBy: { handleKey: "asc" }, take: PAYLOAD_ACCOUNTS },
        },
      },
    },
  });
  // Removed meanwhile (webhook or anomaly deleted): the cascade took the delivery with it.
  if (!row) return null;
  const { anomaly } = row;
  const payload = buildAnomalyPayload(
    { ...anomaly, accounts: anomaly.accounts.map((a) => a.handle), account: anomaly.trackedAccount?.handle ?? "" },
    options.baseUrl ?? publicBaseUrl(),
  );
  const result = await postWebhook({
    url: row.webhook.url,
    secret: row.webhook.secret,
    body: JSON.stringify(payload),
    deliveryId: String(due.id),
    policy: options.policy ?? webhookTargetPolicy(),
    now: claimedAt,
    timeoutMs: options.timeoutMs,
  });
  const finishedAt = now();
  if (result.ok) {
    await prisma.webhookDelivery.updateMany({
      where: { id: due.id },
      data: { status: "delivered", deliveredAt: finishedAt, responseStatus: result.status, lastError: null },
    });
    return "delivered";
  }
  const retryAt = nextRetryAt(attempts, finishedAt);
  await prisma.webhookDelivery.updateMany({
    where: { id: due.id },
    data: { status: retryAt ? "pending" : "failed", nextAttemptAt: retryAt ?? finishedAt, responseStatus: result.status, lastError: result.error },
  });
  return retryAt ? "retrying" : "failed";
}
