"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { trackedHandleSchema } from "@/lib/domain/tracked-handle-schema";
import { createTrackedAccount, HandleTakenError } from "@/lib/server/tracked-accounts/create-tracked-account";
import { AlreadyHasDataError, loadSampleHistory } from "@/lib/server/tracked-accounts/load-sample-history";
import { requireScope, requireViewer } from "../require-viewer";

export type FormState = { error?: string; value?: string };

export async function addTrackedAccountAction(_state: FormState, formData: FormData): Promise<FormState> {
  const viewer = await requireViewer();
  const value = String(formData.get("handle") ?? "");
  const parsed = trackedHandleSchema.safeParse(value);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter a handle.", value };
  try {
    const account = await createTrackedAccount(viewer, parsed.data);
    revalidatePath("/dashboard", "layout");
    redirect(`/dashboard/${encodeURIComponent(account.handle)}`);
  } catch (error) {
    if (error instanceof HandleTakenError) return { error: error.message, value };
    throw error;
  }
}

export async function loadSampleHistoryAction(handle: string): Promise<FormState> {
  const { scope } = await requireScope(handle);
  try {
    await loadSampleHistory(scope);
  } catch (error) {
    if (error instanceof AlreadyHasDataError) return { error: error.message };
    throw error;
  }
  revalidatePath(`/dashboard/${encodeURIComponent(scope.handle)}`, "layout");
  return {};
}
