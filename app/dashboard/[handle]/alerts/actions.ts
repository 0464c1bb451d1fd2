"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { NotFoundError } from "@/lib/server/auth/viewer";
import { reportAlert, reportNoteSchema } from "@/lib/server/alerts/report-alert";
import { requireScope } from "../../../require-viewer";

export type ReportAlertState = { error?: string; value?: string; sent?: { again: boolean; at: string } };

const alertIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** "Send to the admins": the comment is required; what was typed comes back with an error so nothing is lost. */
export async function reportAlertAction(handle: string, alertId: number, _state: ReportAlertState, formData: FormData): Promise<ReportAlertState> {
  const { viewer, scope } = await requireScope(handle);
  const value = String(formData.get("note") ?? "");
  const id = alertIdSchema.safeParse(alertId);
  const note = reportNoteSchema.safeParse(value);
  if (!id.success) return { error: "This alert no longer exists.", value };
  if (!note.success) return { error: note.error.issues[0]?.message ?? "Write a comment for the admins.", value };
  try {
    const reported = await reportAlert(scope, viewer, id.data, note.data);
    const base = `/dashboard/${encodeURIComponent(scope.handle)}`;
    revalidatePath(`${base}/alerts`);
    revalidatePath(`${base}/alerts/${id.data}`);
    return { sent: { again: reported.again, at: new Date().toISOString() } };
  } catch (error) {
    if (error instanceof NotFoundError) return { error: "This alert no longer exists.", value };
    throw error;
  }
}
