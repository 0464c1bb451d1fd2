import { BOT_SCORE_VERSION } from "@/lib/domain/bots/types";
import { db } from "../db";
import { scheduleWebhookDeliveries } from "../webhooks/webhook-timer";
import { enqueueJob } from "./enqueue-job";
import { resumeJobs } from "./run-jobs";

/**
 * At server start: scores made by an older scoring version are redone in the background, webhook deliveries still
 * pending are scheduled, then queued work runs.
 */
export function startJobRunner() {
  (async () => {
    const stale = await db().botSummary.findMany({ where: { version: { lt: BOT_SCORE_VERSION } }, select: { trackedAccountId: true } });
    for (const { trackedAccountId } of stale) await enqueueJob(db(), "rescore-bots", trackedAccountId);
    await scheduleWebhookDeliveries(db());
    await resumeJobs(db());
  })().catch((error) => console.error("job runner:", error));
}
