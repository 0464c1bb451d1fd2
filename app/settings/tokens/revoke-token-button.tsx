"use client";
import { useState } from "react";
import { useFormStatus } from "react-dom";
import { revokeApiTokenAction } from "./actions";

function ConfirmButton() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      autoFocus
      disabled={pending}
      className="rounded-lg bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-500 disabled:opacity-70 dark:bg-red-500 dark:hover:bg-red-400"
    >
      {pending ? "Revoking…" : "Yes, revoke"}
    </button>
  );
}

/** Revoking cannot be undone and stops every tool using the token, so it asks once more, in place. */
export function RevokeTokenButton({ id, name }: { id: number; name: string }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={`Revoke ${name}`}
        className="rounded-lg px-3 py-1.5 text-sm font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-50 dark:text-red-300 dark:ring-red-500/30 dark:hover:bg-red-500/10"
      >
        Revoke
      </button>
    );
  }
  return (
    <form action={revokeApiTokenAction} className="flex flex-wrap items-center gap-2" aria-label={`Revoke ${name}?`}>
      <input type="hidden" name="id" value={id} />
      <span className="text-sm text-zinc-700 dark:text-zinc-300">Tools using it stop at once.</span>
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
