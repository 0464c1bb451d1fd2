import type { Viewer } from "../auth/viewer";
import { db } from "../db";

/** A job's progress from the jobs table (so any instance answers it), only for the owner of its tracked account. */
export async function getJobForViewer(viewer: Viewer, id: number) {
  const job = await db().job.findUnique({ where: { id }, select: { status: true, phase: true, done: true, total: true, error: true, trackedAccountId: true } });
  if (!job || job.trackedAccountId === null) return null;
  const owned = await db().trackedAccount.findFirst({ where: { id: job.trackedAccountId, ownerId: viewer.userId }, select: { id: true } });
  if (!owned) return null;
  return { status: job.status, phase: job.phase, done: job.done, total: job.total, error: job.error };
}

/** The job of a kind still queued or running for an account, if any. */
export async function findActiveJob(trackedAccountId: number, kind: string) {
  return db().job.findFirst({ where: { trackedAccountId, kind, status: { in: ["queued", "running"] } }, select: { id: true } });
}
