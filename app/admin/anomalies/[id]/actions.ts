"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { anomalyStatuses } from "@/lib/domain/anomalies/types";
import { addAnomalyNote } from "@/lib/server/admin/add-anomaly-note";
import type { AdminActionResult } from "@/lib/server/admin/admin-action-result";
import { assignAnomaly } from "@/lib/server/admin/assign-anomaly";
import { changeAnomalyStatus } from "@/lib/server/admin/change-anomaly-status";
import { NotFoundError } from "@/lib/server/auth/viewer";
import { requireViewer } from "../../../require-viewer";

/** What a form shows after its action: an error (with what was typed, so it is not lost) or a confirmation. */
export type AnomalyFormState = { error?: string; note?: string; done?: string };

const idSchema = z.coerce.number().int().positive();
const noteSchema = z.string().max(10_000).catch("");

/** The data layer decides (a creator is refused there); here its refusal becomes a message, never a stack trace. */
async function run(anomalyId: number, write: () => Promise<AdminActionResult>, done: string, note = ""): Promise<AnomalyFormState> {
  if (!idSchema.safeParse(anomalyId).success) return { error: "This anomaly does not exist.", note };
  try {
    const result = await write();
    if (!result.ok) return { error: result.message, note };
  } catch (error) {
    if (error instanceof NotFoundError) return { error: "This anomaly is not available to you.", note };
    throw error;
  }
  revalidatePath(`/admin/anomalies/${anomalyId}`);
  revalidatePath("/admin");
  return { done };
}

const statusForm = z.object({ to: z.enum(anomalyStatuses), note: noteSchema });

export async function changeStatusAction(anomalyId: number, _state: AnomalyFormState, formData: FormData): Promise<AnomalyFormState> {
  const viewer = await requireViewer();
  const parsed = statusForm.safeParse({ to: formData.get("to"), note: formData.get("note") ?? "" });
  if (!parsed.success) return { error: "Choose a status." };
  const { to, note } = parsed.data;
  return run(anomalyId, () => changeAnomalyStatus(viewer, anomalyId, to, note), `Status set to ${to}.`, note);
}

/** An admin's id, or "" to unassign. */
const assigneeSchema = z.union([z.literal(""), z.coerce.number().int().positive()]);

export async function assignAction(anomalyId: number, _state: AnomalyFormState, formData: FormData): Promise<AnomalyFormState> {
  const viewer = await requireViewer();
  // "Assign to me" is its own submit button (me=1), so it does not depend on what the select shows.
  const parsed = formData.get("me") === "1" ? { success: true as const, data: viewer.userId } : assigneeSchema.safeParse(formData.get("assignee") ?? "");
  if (!parsed.success) return { error: "Choose an admin." };
  const assigneeId = parsed.data === "" ? null : parsed.data;
  return run(anomalyId, () => assignAnomaly(viewer, anomalyId, assigneeId), assigneeId === null ? "Unassigned." : "Assigned.");
}

export async function addNoteAction(anomalyId: number, _state: AnomalyFormState, formData: FormData): Promise<AnomalyFormState> {
  const viewer = await requireViewer();
  const note = noteSchema.parse(formData.get("note") ?? "");
  return run(anomalyId, () => addAnomalyNote(viewer, anomalyId, note), "Note added.", note);
}
