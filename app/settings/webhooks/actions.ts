"use server";
import { revalidatePath } from "next/cache";
import { removeWebhook } from "@/lib/server/webhooks/remove-webhook";
import { saveWebhook } from "@/lib/server/webhooks/save-webhook";
import { sendTestWebhook } from "@/lib/server/webhooks/send-test-webhook";
import { requireViewer } from "../../require-viewer";

export type SaveWebhookState = { error?: string; value?: string; saved?: { url: string; secret: string | null; at: string } };

/** The secret of a new webhook goes back in this answer only; the page afterwards shows its first characters. */
export async function saveWebhookAction(_state: SaveWebhookState, formData: FormData): Promise<SaveWebhookState> {
  const viewer = await requireViewer();
  const value = String(formData.get("url") ?? "").slice(0, 4_000);
  const saved = await saveWebhook(viewer, value);
  if (!saved.ok) return { error: saved.message, value };
  revalidatePath("/settings/webhooks");
  return { saved: { url: saved.url, secret: saved.secret, at: new Date().toISOString() } };
}

export type TestWebhookState = { result?: { ok: boolean; message: string; at: string } };

export async function sendTestWebhookAction(_state: TestWebhookState): Promise<TestWebhookState> {
  const viewer = await requireViewer();
  const result = await sendTestWebhook(viewer);
  const at = new Date().toISOString();
  if (!result) return { result: { ok: false, message: "Set a webhook URL first.", at } };
  return {
    result: result.ok
      ? { ok: true, message: `Delivered: your endpoint answered HTTP ${result.status}.`, at }
      : { ok: false, message: `Not delivered: ${result.error ?? "no answer"}.`, at },
  };
}

export async function removeWebhookAction(): Promise<void> {
  const viewer = await requireViewer();
  await removeWebhook(viewer);
  revalidatePath("/settings/webhooks");
}
