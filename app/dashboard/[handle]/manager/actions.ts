"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { intentSelectionSchema, managerListSchema, MAX_HANDLES_PER_ACTION, selectionFromForm } from "@/lib/domain/manager/selection-schemas";
import { addToList } from "@/lib/server/lists/add-to-list";
import { removeFromList } from "@/lib/server/lists/find-list-entries";
import { listHandleKeys } from "@/lib/server/lists/list-handle-keys";
import { recordIntents } from "@/lib/server/manager/record-intents";
import { requestDetection } from "@/lib/server/anomalies/request-detection";
import { actionScope, backWithNotice, managerBase } from "./action-scope";

const firstIssue = (error: { issues: { message: string }[] }) => error.issues[0]?.message ?? "Invalid selection.";
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

function done(handle: string, returnTo: string, notice: string): never {
  revalidatePath(managerBase(handle), "layout");
  redirect(backWithNotice(handle, returnTo, notice));
}

/** Selected accounts onto the keep or the unfollow list (the button pressed names the list). */
export async function addToManagerListAction(handle: string, returnTo: string, formData: FormData) {
  const scope = await actionScope(handle);
  const parsed = managerListSchema.safeParse(selectionFromForm(formData));
  if (!parsed.success) redirect(backWithNotice(scope.handle, returnTo, firstIssue(parsed.error)));
  const { list, handleKeys } = parsed.data;
  const added = await addToList(scope, list, handleKeys);
  const skipped = handleKeys.length - added;
  done(scope.handle, returnTo, `${plural(added, "account")} added to your ${list} list${skipped ? ` (${skipped} skipped: you do not follow them)` : ""}.`);
}

/** Selected accounts off the keep or the unfollow list. */
export async function removeFromManagerListAction(handle: string, list: "keep" | "unfollow", returnTo: string, formData: FormData) {
  const scope = await actionScope(handle);
  const parsed = intentSelectionSchema.safeParse(selectionFromForm(formData));
  if (!parsed.success) redirect(backWithNotice(scope.handle, returnTo, firstIssue(parsed.error)));
  const removed = await removeFromList(scope, list, parsed.data.handleKeys);
  done(scope.handle, returnTo, `${plural(removed, "account")} taken off your ${list} list.`);
}

/** "I unfollowed these": the selected accounts, or the whole unfollow list when it is short enough. */
export async function recordUnfollowsAction(handle: string, returnTo: string, formData: FormData) {
  const scope = await actionScope(handle);
  let selection: unknown = selectionFromForm(formData);
  if (formData.get("scope") === "all") {
    const keys = await listHandleKeys(scope, "unfollow", MAX_HANDLES_PER_ACTION);
    if (!keys) redirect(backWithNotice(scope.handle, returnTo, `Your unfollow list holds more than ${MAX_HANDLES_PER_ACTION} accounts: select the ones you unfollowed (at most ${MAX_HANDLES_PER_ACTION} at a time).`));
    selection = { handleKeys: keys };
  }
  const parsed = intentSelectionSchema.safeParse(selection);
  if (!parsed.success) redirect(backWithNotice(scope.handle, returnTo, firstIssue(parsed.error)));
  const result = await recordIntents(scope, "unfollow", parsed.data.handleKeys);
  if (result.recorded.length) await requestDetection(scope.trackedAccountId);
  const notes = [
    result.alreadyPending ? `${result.alreadyPending} already waiting for a snapshot` : "",
    result.skipped ? `${result.skipped} skipped: you do not follow them` : "",
  ].filter(Boolean);
  done(scope.handle, returnTo, `Recorded ${plural(result.recorded.length, "unfollow")}${notes.length ? ` (${notes.join("; ")})` : ""}. Your next snapshot confirms them: see Recorded actions.`);
}

/** "Follow back": records follow intents. Followlens cannot act on TikTok; the creator follows them in the app. */
export async function followBackAction(handle: string, returnTo: string, formData: FormData) {
  const scope = await actionScope(handle);
  const parsed = intentSelectionSchema.safeParse(selectionFromForm(formData));
  if (!parsed.success) redirect(backWithNotice(scope.handle, returnTo, firstIssue(parsed.error)));
  const result = await recordIntents(scope, "follow", parsed.data.handleKeys);
  if (result.recorded.length) await requestDetection(scope.trackedAccountId);
  const notes = [
    result.alreadyPending ? `${result.alreadyPending} already waiting for a snapshot` : "",
    result.skipped ? `${result.skipped} skipped: you already follow them` : "",
  ].filter(Boolean);
  done(scope.handle, returnTo, `Recorded ${plural(result.recorded.length, "follow back")}${notes.length ? ` (${notes.join("; ")})` : ""}. Now follow them in the TikTok app: Followlens cannot follow for you. Your next snapshot confirms it.`);
}
