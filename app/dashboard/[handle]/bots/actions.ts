"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestRescore } from "@/lib/server/bots/request-rescore";
import { addToList, listSelectionSchema } from "@/lib/server/lists/add-to-list";
import { requireScope } from "../../../require-viewer";

export async function rescoreAction(handle: string) {
  const { scope } = await requireScope(handle);
  await requestRescore(scope);
  revalidatePath(`/dashboard/${encodeURIComponent(scope.handle)}/bots`);
}

/** The bots table is a plain form: selected handles and the list named by the button pressed. */
export async function addToListAction(handle: string, returnTo: string, formData: FormData) {
  const { scope } = await requireScope(handle);
  const base = `/dashboard/${encodeURIComponent(scope.handle)}/bots`;
  const back = returnTo.startsWith(base) ? returnTo : base;
  const parsed = listSelectionSchema.safeParse({ list: formData.get("list"), handleKeys: formData.getAll("handleKey").map(String) });
  const join = back.includes("?") ? "&" : "?";
  if (!parsed.success) redirect(`${back}${join}notice=${encodeURIComponent(parsed.error.issues[0]?.message ?? "Invalid selection")}`);
  const added = await addToList(scope, parsed.data.list, parsed.data.handleKeys);
  const skipped = parsed.data.handleKeys.length - added;
  const message = `${added} added to the ${parsed.data.list} list${skipped ? ` (${skipped} skipped: ${parsed.data.list === "remove" ? "they do not follow you" : "you do not follow them"})` : ""}.`;
  revalidatePath(base);
  redirect(`${back}${join}notice=${encodeURIComponent(message)}`);
}
