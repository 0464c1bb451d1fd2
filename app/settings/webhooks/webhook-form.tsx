"use client";
import { useActionState } from "react";
import { inputClass, primaryButtonClass, Spinner } from "@/components/auth/form-field";
import { saveWebhookAction, type SaveWebhookState } from "./actions";
import { NewSecretPanel } from "./new-secret-panel";

/** Set or change the URL; a first save shows the signing secret once. */
export function WebhookForm({ current }: { current: string | null }) {
  const [state, action, pending] = useActionState<SaveWebhookState, FormData>(saveWebhookAction, {});
  const error = state.error;
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-2" noValidate>
        <label htmlFor="webhook-url" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
          Endpoint URL
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            key={state.saved?.at ?? "draft"}
            id="webhook-url"
            name="url"
            type="url"
            inputMode="url"
            placeholder="https://example.com/hooks/followlens"
            defaultValue={state.value ?? state.saved?.url ?? current ?? ""}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "webhook-url-hint webhook-url-error" : "webhook-url-hint"}
            className={`${inputClass} ${error ? "border-red-500 dark:border-red-400" : "border-zinc-300 dark:border-zinc-700"}`}
          />
          <button type="submit" disabled={pending} className={`${primaryButtonClass} sm:w-auto sm:shrink-0`}>
            {pending ? <Spinner /> : null}
            {pending ? "Saving…" : current ? "Save URL" : "Set webhook"}
          </button>
        </div>
        <p id="webhook-url-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
          Use https://. Plain http:// is accepted only for localhost and 127.0.0.1: anywhere else the alert (with the handles in it)
          would travel readable by anyone on the way. Private network addresses are refused unless the operator allows them.
        </p>
        {error ? (
          <p id="webhook-url-error" role="alert" className="text-sm font-medium text-red-600 dark:text-red-400">
            {error}
          </p>
        ) : null}
        {state.saved && !state.saved.secret ? (
          <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-300">
            Saved. The signing secret did not change.
          </p>
        ) : null}
      </form>
      {state.saved?.secret ? <NewSecretPanel key={state.saved.at} secret={state.saved.secret} /> : null}
    </div>
  );
}
