import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { getLiveJob } from "./live-jobs";

/** A job's progress, only for the owner of the tracked account it works on; a running job is answered from memory. */
export async function getJobForViewer(viewer: Viewer, id: number) {
  const live = getLiveJob(id);
  if (live) return live.ownerId === viewer.userId ? { status: live.status, phase: live.phase, done: live.done, total: live.total, error: live.error } : null;
  const job = await db().job.findUnique({ where: { id } });
  if (!job || job.trackedAccountId === null) return null;
  const owned = await db().trackedAccount.findFirst({ where: { id: job.trackedAccountId, ownerId: viewer.userId }, select: { id: true } });
  if (!owned) return null;
  return { status: job.status, phase: job.phase, done: job.done, total: job.total, error: job.error };
}

/** The job of a kind still queued or running for an account, if any. */
export async function findActiveJob(trackedAccountId: number, kind: string) {
  return db().job.findFirst({ where: { trackedAccountId, kind, status: { in: ["queued", "running"] } }, select: { id: true } });
}
