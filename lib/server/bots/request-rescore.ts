import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { enqueueJob } from "../jobs/enqueue-job";
import { runJobsInBackground } from "../jobs/run-jobs";

/** Queues a rescoring of every account of the tracked account and starts the runner; returns the job to follow. */
export async function requestRescore(scope: AccountScope) {
  const job = await enqueueJob(db(), "rescore-bots", scope.trackedAccountId);
  runJobsInBackground(db());
  return job.id;
}
