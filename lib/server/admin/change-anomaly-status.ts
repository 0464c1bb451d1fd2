import { checkStatusChange } from "@/lib/domain/anomalies/status-transitions";
import { anomalyStatuses, type AnomalyStatus } from "@/lib/domain/anomalies/types";
import { NotFoundError, type Viewer } from "../auth/viewer";
import { db } from "../db";
import { STALE_MESSAGE, type AdminActionResult } from "./admin-action-result";
import { requireAdmin } from "./require-admin";

/**
 * Moves an anomaly to another status (rules in lib/domain/anomalies/status-transitions.ts) and appends its audit
 * row in the same transaction. The update is conditional on the status read, so two admins acting at once cannot
 * both succeed from the same state (the second is told to look again).
 */
export async function changeAnomalyStatus(viewer: Viewer, anomalyId: number, to: AnomalyStatus, note: string | null): Promise<AdminActionResult> {
  await requireAdmin(viewer);
  return db().$transaction(async (tx) => {
    const anomaly = await tx.anomaly.findUnique({ where: { id: anomalyId }, select: { status: true } });
    if (!anomaly) throw new NotFoundError("No such anomaly");
    const from = (anomalyStatuses as readonly string[]).includes(anomaly.status) ? (anomaly.status as AnomalyStatus) : "open";
    const check = checkStatusChange(from, to, note);
    if (!check.ok) return { ok: false, message: check.message };
    const { count } = await tx.anomaly.updateMany({
      where: { id: anomalyId, status: anomaly.status },
      data: { status: to, updatedAt: new Date() },
    });
    if (count === 0) return { ok: false, message: STALE_MESSAGE };
    await tx.anomalyEvent.create({
      data: { anomalyId, actorId: viewer.userId, type: "status", fromStatus: from, toStatus: to, note: check.note },
    });
    return { ok: true };
  });
}
