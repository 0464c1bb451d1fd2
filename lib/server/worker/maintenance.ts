import { BOT_SCORE_VERSION } from "@/lib/domain/bots/types";
import type { PrismaClient } from "../generated/prisma/client";
import { dispatchJobs } from "../jobs/dispatch-jobs";
import { enqueueJob } from "../jobs/enqueue-job";
import { sweepStrayUploads } from "../imports/sweep-stray-uploads";
import { sweepRateLimitBuckets } from "../rate-limits/sweep-rate-limit-buckets";

/**
 * The once-a-minute tick (pg-boss cron; one worker runs each): jobs whose dispatch was lost go out, due webhook
 * retries get a delivery pass, scores made by an older scoring version are redone, idle rate-limit buckets go, and
 * so do upload files a killed web process left behind.
 */
export async function runMaintenance(prisma: PrismaClient) {
  await dispatchJobs(prisma);
  const due = await prisma.webhookDelivery.findFirst({ where: { status: "pending", nextAttemptAt: { lte: new Date() } }, select: { id: true } });
  if (due) await enqueueJob(prisma, "deliver-webhooks", null);
  const stale = await prisma.botSummary.findMany({ where: { version: { lt: BOT_SCORE_VERSION } }, select: { trackedAccountId: true } });
  for (const { trackedAccountId } of stale) await enqueueJob(prisma, "rescore-bots", trackedAccountId);
  await sweepRateLimitBuckets(prisma);
  await sweepStrayUploads(prisma);
}
