"use client";
import { useState } from "react";
import { useFormStatus } from "react-dom";
import { removeWebhookAction } from "./actions";

function ConfirmButton() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      autoFocus
      disabled={pending}
      className="rounded-lg bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-500 disabled:opacity-70 dark:bg-red-500 dark:hover:bg-red-400"
    >
      {pending ? "Removing…" : "Yes, remove"}
    </button>
  );
}

/** Removing drops the secret and every pending delivery, so it asks once more, in place. */
export function RemoveWebhookButton() {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="rounded-lg px-3 py-1.5 text-sm font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-50 dark:text-red-300 dark:ring-red-500/30 dark:hover:bg-red-500/10"
      >
        Remove webhook
      </button>
    );
  }
  return (
    <form action={removeWebhookAction} className="flex flex-wrap items-center gap-2" aria-label="Remove the webhook?">
      <span className="text-sm text-zinc-700 dark:text-zinc-300">Pending deliveries are dropped.</span>
      <ConfirmButton />
      <button
        type="button"
        onClick={() => setConfirming(false)}
        className="rounded-lg px-3 py-1.5 text-sm font-medium text-zinc-700 ring-1 ring-zinc-300 hover:bg-zinc-100 dark:text-zinc-300 dark:ring-zinc-700 dark:hover:bg-zinc-800"
      >
        Cancel
      </button>
    </form>
  );
}
