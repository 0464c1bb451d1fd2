"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { listSelectionSchema, parseListName } from "@/lib/server/lists/add-to-list";
import { removeFromList } from "@/lib/server/lists/find-list-entries";
import { requireScope } from "../../../require-viewer";

export async function removeFromListAction(handle: string, formData: FormData) {
  const { scope } = await requireScope(handle);
  const base = `/dashboard/${encodeURIComponent(scope.handle)}/lists`;
  const parsed = listSelectionSchema.safeParse({ list: formData.get("list"), handleKeys: formData.getAll("handleKey").map(String) });
  if (!parsed.success) redirect(`${base}?list=${parseListName(formData.get("list"))}&notice=${encodeURIComponent(parsed.error.issues[0]?.message ?? "Invalid selection")}`);
  const removed = await removeFromList(scope, parsed.data.list, parsed.data.handleKeys);
  revalidatePath(base);
  redirect(`${base}?list=${parsed.data.list}&notice=${encodeURIComponent(`${removed} taken off the ${parsed.data.list} list.`)}`);
}
