"use server";
import { redirect } from "next/navigation";
import { isProfileTarget } from "@/lib/domain/profiles/profile-targets";
import type { ColumnChoices } from "@/lib/domain/profiles/resolve-mapping";
import { confirmProfileImport, discardProfileImport, ProfileImportStateError, remapProfileImport } from "@/lib/server/profiles/decide-profile-import";
import { getProfileImport } from "@/lib/server/profiles/get-profile-import";
import { requireScope } from "../../../../require-viewer";

const page = (handle: string, id: number, notice?: string) =>
  `/dashboard/${encodeURIComponent(handle)}/imports/profiles/${id}${notice ? `?notice=${encodeURIComponent(notice)}` : ""}`;

async function decide(handle: string, id: number, step: () => Promise<unknown>) {
  try {
    await step();
  } catch (error) {
    if (error instanceof ProfileImportStateError) redirect(page(handle, id, error.message));
    throw error;
  }
}

/** The preview's column selects: a column set to something other than what it shows becomes the creator's choice. */
export async function remapProfilesAction(handle: string, id: number, formData: FormData) {
  const { scope } = await requireScope(handle);
  const view = await getProfileImport(scope, id);
  if (!view?.report) redirect(page(scope.handle, id, "This profile file has no preview to change."));
  const choices: ColumnChoices = { ...view.choices };
  view.report.columns.forEach((column, i) => {
    const value = formData.get(`col-${i}`);
    if (typeof value !== "string" || value === (column.target ?? "ignore")) return;
    if (value === "ignore" || isProfileTarget(value)) choices[column.name] = value;
  });
  await decide(scope.handle, id, () => remapProfileImport(scope, id, choices));
  redirect(page(scope.handle, id));
}

export async function applyProfilesAction(handle: string, id: number) {
  const { scope } = await requireScope(handle);
  await decide(scope.handle, id, () => confirmProfileImport(scope, id));
  redirect(page(scope.handle, id));
}

export async function discardProfilesAction(handle: string, id: number) {
  const { scope } = await requireScope(handle);
  await decide(scope.handle, id, () => discardProfileImport(scope, id));
  redirect(`/dashboard/${encodeURIComponent(scope.handle)}/imports/profiles?notice=${encodeURIComponent("Profile file discarded: nothing was changed.")}`);
}
