import { MAX_NOTE_LENGTH } from "@/lib/domain/anomalies/status-transitions";
import { NotFoundError, type Viewer } from "../auth/viewer";
import { db } from "../db";
import type { AdminActionResult } from "./admin-action-result";
import { requireAdmin } from "./require-admin";

/** Adds an admin's note to the audit trail (and touches the anomaly's updated_at, so the queue shows the activity). */
export async function addAnomalyNote(viewer: Viewer, anomalyId: number, note: string): Promise<AdminActionResult> {
  await requireAdmin(viewer);
  const text = note.trim();
  if (text === "") return { ok: false, message: "Write the note first." };
  if (text.length > MAX_NOTE_LENGTH) return { ok: false, message: `Keep the note under ${MAX_NOTE_LENGTH} characters.` };
  return db().$transaction(async (tx) => {
    const { count } = await tx.anomaly.updateMany({ where: { id: anomalyId }, data: { updatedAt: new Date() } });
    if (count === 0) throw new NotFoundError("No such anomaly");
    await tx.anomalyEvent.create({ data: { anomalyId, actorId: viewer.userId, type: "note", note: text } });
    return { ok: true };
  });
}
