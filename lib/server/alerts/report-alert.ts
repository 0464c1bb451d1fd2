import { z } from "zod";
import type { AccountScope } from "../access/account-scope";
import { NotFoundError, type Viewer } from "../auth/viewer";
import { db } from "../db";

export const REPORT_NOTE_MAX = 2_000;

export const reportNoteSchema = z
  .string()
  .trim()
  .min(1, "Write a comment for the admins: what you noticed, or what you expected to happen.")
  .max(REPORT_NOTE_MAX, `Keep the comment to ${REPORT_NOTE_MAX.toLocaleString("en-US")} characters or fewer.`);

export type ReportedAlert = { reportedAt: Date; again: boolean };

/**
 * Sends one of the tracked account's alerts to the admins with the creator's comment: the first report sets
 * reportedAt (the queue's "reported by the creator"), every report appends a "reported" entry with the comment. Both
 * in one transaction, so there is never a report without its comment. The note is validated here too.
 */
export async function reportAlert(scope: AccountScope, viewer: Viewer, id: number, note: string): Promise<ReportedAlert> {
  const comment = reportNoteSchema.parse(note);
  return db().$transaction(async (tx) => {
    const row = await tx.anomaly.findFirst({ where: { id, trackedAccountId: scope.trackedAccountId }, select: { reportedAt: true } });
    if (!row) throw new NotFoundError("No such alert");
    const now = new Date();
    const reportedAt = row.reportedAt ?? now;
    await tx.anomaly.update({ where: { id }, data: { reportedAt, updatedAt: now } });
    await tx.anomalyEvent.create({ data: { anomalyId: id, type: "reported", actorId: viewer.userId, note: comment } });
    return { reportedAt, again: row.reportedAt !== null };
  });
}
