import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { enqueueJob } from "../jobs/enqueue-job";
import { runJobsInBackground } from "../jobs/run-jobs";

/**
 * Asks the detectors to look at the account again after new intents: a detection that already read the data
 * before them does not count, hence `again`.
 */
export async function requestDetection(scope: AccountScope) {
  await enqueueJob(db(), "detect-anomalies", scope.trackedAccountId, { again: true });
  runJobsInBackground(db());
}
