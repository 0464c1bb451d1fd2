import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { enqueueJob } from "../jobs/enqueue-job";

/** Queues a rescoring of every account of the tracked account; returns the job to follow. */
export async function requestRescore(scope: AccountScope) {
  const job = await enqueueJob(db(), "rescore-bots", scope.trackedAccountId);
  return job.id;
}
