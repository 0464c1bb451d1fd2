import { NotFoundError, type Viewer } from "../auth/viewer";
import { db } from "../db";
import type { AnomalyDetail } from "./admin-anomaly-view";
import { anomalyEventSelect, toAnomalyEventViews } from "./anomaly-event-view";
import { readEvidence } from "./read-evidence";
import { requireAdmin } from "./require-admin";
import { queueRowSelect, toQueueRow } from "./to-queue-row";

/** One anomaly for its admin page: the row, its evidence, the snapshots it came from and the whole audit trail. */
export async function getAnomaly(viewer: Viewer, anomalyId: number): Promise<AnomalyDetail> {
  await requireAdmin(viewer);
  const row = await db().anomaly.findUnique({
    where: { id: anomalyId },
    select: { ...queueRowSelect, evidence: true, detectedAt: true, updatedAt: true, assigneeId: true, snapshotIds: true, trackedAccountId: true },
  });
  if (!row) throw new NotFoundError("No such anomaly");

  const [snapshots, events] = await Promise.all([
    db().snapshot.findMany({
      // A platform incident's snapshots belong to several tracked accounts; an account's only to that account.
      where: { id: { in: row.snapshotIds }, ...(row.trackedAccountId !== null ? { trackedAccountId: row.trackedAccountId } : {}) },
      orderBy: { takenAt: "asc" },
      select: {
        id: true, takenAt: true, source: true, status: true, hasFollowers: true, hasFollowing: true, followerCount: true,
        followingCount: true, gainedFollowers: true, lostFollowers: true, gainedFollowing: true, lostFollowing: true,
      },
    }),
    db().anomalyEvent.findMany({ where: { anomalyId }, orderBy: { id: "asc" }, select: anomalyEventSelect }),
  ]);
  const assigneeIds = [...new Set(events.map((e) => e.assigneeId).filter((id): id is number => id !== null))];
  const assignees = assigneeIds.length
    ? await db().user.findMany({ where: { id: { in: assigneeIds } }, select: { id: true, email: true } })
    : [];

  return {
    ...toQueueRow(row),
    evidence: readEvidence(row.evidence),
    detectedAt: row.detectedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    assigneeId: row.assigneeId,
    snapshots: snapshots.map((s) => ({
      id: s.id,
      takenAt: s.takenAt.toISOString(),
      source: s.source,
      status: s.status,
      // A snapshot without that list says nothing about its count (not zero).
      followerCount: s.hasFollowers ? s.followerCount : null,
      followingCount: s.hasFollowing ? s.followingCount : null,
      gainedFollowers: s.gainedFollowers,
      lostFollowers: s.lostFollowers,
      gainedFollowing: s.gainedFollowing,
      lostFollowing: s.lostFollowing,
    })),
    events: toAnomalyEventViews(events, new Map(assignees.map((u) => [u.id, u.email]))),
  };
}
