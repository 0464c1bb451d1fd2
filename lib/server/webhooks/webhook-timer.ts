import type { PrismaClient } from "../generated/prisma/client";
import { enqueueJob } from "../jobs/enqueue-job";

/** setTimeout's longest delay (about 24.8 days); a later wake-up is simply re-armed when this one fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;
const holder = globalThis as unknown as { __followlensWebhookTimer?: { at: number; timer: NodeJS.Timeout } };

/**
 * The job runner only runs queued jobs, so retries need a wake-up: one timer per process, set for the earliest
 * pending delivery, which queues a "deliver-webhooks" job and starts the runner. Unref'd: it never keeps a process
 * (a CLI run, a test) alive. Called after each delivery pass and at server start (pending work survives a restart).
 * Returns when it will fire, or null when nothing is pending.
 */
export async function scheduleWebhookDeliveries(prisma: PrismaClient): Promise<Date | null> {
  const next = await prisma.webhookDelivery.findFirst({
    where: { status: "pending" },
    orderBy: { nextAttemptAt: "asc" },
    select: { nextAttemptAt: true },
  });
  if (!next) return null;
  const at = next.nextAttemptAt.getTime();
  const current = holder.__followlensWebhookTimer;
  if (current && current.at <= at) return new Date(current.at);
  if (current) clearTimeout(current.timer);
  const timer = setTimeout(() => {
    holder.__followlensWebhookTimer = undefined;
    runDeliveryJob(prisma).catch((error) => console.error("webhook deliveries:", error));
  }, Math.min(Math.max(0, at - Date.now()), MAX_DELAY_MS));
  timer.unref();
  holder.__followlensWebhookTimer = { at, timer };
  return next.nextAttemptAt;
}

/** Stops the wake-up (tests, shutdown). */
export function cancelWebhookTimer() {
  const current = holder.__followlensWebhookTimer;
  if (current) clearTimeout(current.timer);
  holder.__followlensWebhookTimer = undefined;
}

async function runDeliveryJob(prisma: PrismaClient) {
  // A fresh job even if one is running: that pass may have read the due list before this delivery became due.
  await enqueueJob(prisma, "deliver-webhooks", null, { again: true });
  // Imported when needed: the runner's handlers import the delivery pass, which imports this file.
  const { runJobsInBackground } = await import("../jobs/run-jobs");
  runJobsInBackground(prisma);
}
