"use client";
import { useActionState } from "react";
import { inputClass } from "@/components/auth/form-field";
import { MAX_NOTE_LENGTH } from "@/lib/domain/anomalies/status-transitions";
import { addNoteAction, type AnomalyFormState } from "./actions";

/** A note for the audit trail (what was checked, who was contacted), without changing the status. */
export function NoteForm({ anomalyId }: { anomalyId: number }) {
  const [state, action, pending] = useActionState<AnomalyFormState, FormData>(addNoteAction.bind(null, anomalyId), {});
  return (
    <form action={action} className="space-y-2" noValidate>
      <label htmlFor="note" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        Add a note
      </label>
      <textarea
        id="note"
        name="note"
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        defaultValue={state.note}
        key={state.error ? `err-${state.note}` : `ok-${state.done ?? ""}`}
        aria-invalid={state.error ? true : undefined}
        className={`${inputClass} ${state.error ? "border-red-500 dark:border-red-400" : "border-zinc-300 dark:border-zinc-700"}`}
      />
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded-lg bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-70 dark:bg-indigo-500 dark:hover:bg-indigo-400"
        >
          {pending ? "Adding…" : "Add note"}
        </button>
        {state.error ? (
          <p role="alert" className="text-sm font-medium text-red-600 dark:text-red-400">
            {state.error}
          </p>
        ) : state.done ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
            {state.done}
          </p>
        ) : null}
      </div>
    </form>
  );
}
