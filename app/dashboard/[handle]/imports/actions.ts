"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmImport, discardImport, ImportStateError, requestSnapshotDeletion } from "@/lib/server/imports/decide-import";
import { requireScope } from "../../../require-viewer";

const confirmSchema = z.object({
  takenAt: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter the snapshot time as a date and time"),
  partialConfirmed: z.string().nullable(),
  partial: z.string().nullable(),
});

const back = (handle: string, id: number, notice?: string) =>
  `/dashboard/${encodeURIComponent(handle)}/imports/${id}${notice ? `?notice=${encodeURIComponent(notice)}` : ""}`;

/** Apply a previewed import at the (possibly edited) snapshot time; a probably partial one needs the tick box. */
export async function applyImportAction(handle: string, importId: number, formData: FormData) {
  const { scope } = await requireScope(handle);
  const parsed = confirmSchema.safeParse({ takenAt: formData.get("takenAt"), partialConfirmed: formData.get("partialConfirmed"), partial: formData.get("partial") });
  if (!parsed.success) redirect(back(scope.handle, importId, parsed.error.issues[0]?.message));
  if (parsed.data.partial === "1" && parsed.data.partialConfirmed !== "on") {
    redirect(back(scope.handle, importId, "This export looks incomplete: tick the box to confirm you want to apply it anyway."));
  }
  const takenAt = new Date(`${parsed.data.takenAt}:00Z`);
  if (takenAt.getTime() > Date.now() + 60_000) redirect(back(scope.handle, importId, "The snapshot time cannot be in the future."));
  try {
    await confirmImport(scope, importId, takenAt);
  } catch (error) {
    if (error instanceof ImportStateError) redirect(back(scope.handle, importId, error.message));
    throw error;
  }
  revalidatePath(`/dashboard/${encodeURIComponent(scope.handle)}`, "layout");
  redirect(back(scope.handle, importId));
}

export async function discardImportAction(handle: string, importId: number) {
  const { scope } = await requireScope(handle);
  try {
    await discardImport(scope, importId);
  } catch (error) {
    if (error instanceof ImportStateError) redirect(back(scope.handle, importId, error.message));
    throw error;
  }
  redirect(`/dashboard/${encodeURIComponent(scope.handle)}/imports?notice=${encodeURIComponent("Import discarded: nothing was changed.")}`);
}

export async function deleteSnapshotAction(handle: string, snapshotId: number) {
  const { scope } = await requireScope(handle);
  const base = `/dashboard/${encodeURIComponent(scope.handle)}/imports`;
  let jobId: number;
  try {
    jobId = await requestSnapshotDeletion(scope, snapshotId);
  } catch (error) {
    if (error instanceof ImportStateError) redirect(`${base}?notice=${encodeURIComponent(error.message)}`);
    throw error;
  }
  redirect(`${base}?job=${jobId}`);
}
