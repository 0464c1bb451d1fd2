"use client";
import { useState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";

type Props = {
  /** the server action the confirmation submits */
  action: (formData: FormData) => void | Promise<void>;
  label: string;
  /** the trigger's accessible name, when the visible label needs context ("Revoke ci-bot") */
  ariaLabel?: string;
  /** the question, as the confirming form's accessible name */
  question: string;
  /** what confirming does, in a few words */
  warning: string;
  confirmLabel: string;
  pendingLabel: string;
  /** hidden fields the action needs */
  children?: ReactNode;
};

function ConfirmButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      autoFocus
      disabled={pending}
      className="rounded-lg bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-600 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

/** A destructive button that asks once more, in place, before it submits. */
export function ConfirmInPlace({ action, label, ariaLabel, question, warning, confirmLabel, pendingLabel, children }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button
        type="button"
        onClick={() => setConfirming(true)}
        aria-label={ariaLabel}
        className="rounded-lg px-3 py-1.5 text-sm font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-50 dark:text-red-300 dark:ring-red-500/30 dark:hover:bg-red-500/10"
      >
        {label}
      </button>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label={question}>
      {children}
      <span className="text-sm text-zinc-700 dark:text-zinc-300">{warning}</span>
      <ConfirmButton label={confirmLabel} pendingLabel={pendingLabel} />
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
