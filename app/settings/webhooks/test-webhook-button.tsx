"use client";
import { useActionState } from "react";
import { Spinner } from "@/components/auth/form-field";
import { sendTestWebhookAction, type TestWebhookState } from "./actions";

/** Sends a signed "webhook.test" event now and shows what the endpoint answered. */
export function TestWebhookButton() {
  const [state, action, pending] = useActionState<TestWebhookState>(sendTestWebhookAction, {});
  return (
    <form action={action} className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <button
        type="submit"
        disabled={pending}
        className="inline-flex shrink-0 items-center justify-center gap-2 rounded-lg px-3 py-1.5 text-sm font-medium text-zinc-800 ring-1 ring-zinc-300 hover:bg-zinc-100 disabled:opacity-70 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800"
      >
        {pending ? <Spinner /> : null}
        {pending ? "Sending…" : "Send a test event"}
      </button>
      <p
        role="status"
        className={`text-sm ${state.result?.ok ? "text-emerald-700 dark:text-emerald-300" : "text-red-600 dark:text-red-400"}`}
      >
        {pending ? "" : state.result?.message ?? ""}
      </p>
    </form>
  );
}
