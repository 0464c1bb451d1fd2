import { NotFoundError, type Viewer } from "../auth/viewer";
import { db } from "../db";
import type { AdminActionResult } from "./admin-action-result";
import { requireAdmin } from "./require-admin";

/**
 * Assigns an anomaly to an admin (or, with null, to nobody) and appends the audit row in the same transaction.
 * Only admins can be assignees: a creator's id is refused, so the queue's "assigned to me" stays meaningful.
 */
export async function assignAnomaly(viewer: Viewer, anomalyId: number, assigneeId: number | null): Promise<AdminActionResult> {
  await requireAdmin(viewer);
  return db().$transaction(async (tx) => {
    const anomaly = await tx.anomaly.findUnique({ where: { id: anomalyId }, select: { assigneeId: true } });
    if (!anomaly) throw new NotFoundError("No such anomaly");
    if (assigneeId !== null) {
      const assignee = await tx.user.findUnique({ where: { id: assigneeId }, select: { role: true } });
      if (assignee?.role !== "ADMIN") return { ok: false, message: "Anomalies can only be assigned to an admin." };
    }
    if (anomaly.assigneeId === assigneeId) return { ok: true };
    await tx.anomaly.update({ where: { id: anomalyId }, data: { assigneeId, updatedAt: new Date() } });
    await tx.anomalyEvent.create({ data: { anomalyId, actorId: viewer.userId, type: "assigned", assigneeId } });
    return { ok: true };
  });
}
