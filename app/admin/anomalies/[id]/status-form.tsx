"use client";
import { useActionState } from "react";
import { inputClass, Spinner } from "@/components/auth/form-field";
import { allowedNextStatuses, MAX_NOTE_LENGTH, requiresNote, statusActionLabel } from "@/lib/domain/anomalies/status-transitions";
import type { AnomalyStatus } from "@/lib/domain/anomalies/types";
import { changeStatusAction, type AnomalyFormState } from "./actions";

const buttonStyle: Record<AnomalyStatus, string> = {
  acknowledged: "bg-amber-500 text-white hover:bg-amber-400 dark:bg-amber-500 dark:text-zinc-950 dark:hover:bg-amber-400",
  resolved: "bg-emerald-600 text-white hover:bg-emerald-500 dark:bg-emerald-500 dark:text-zinc-950 dark:hover:bg-emerald-400",
  dismissed: "bg-white text-zinc-800 ring-1 ring-zinc-300 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800",
  open: "bg-white text-zinc-800 ring-1 ring-zinc-300 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800",
};

/** The next statuses as buttons, with one note field (required to resolve or dismiss; the server checks again). */
export function StatusForm({ anomalyId, status }: { anomalyId: number; status: AnomalyStatus }) {
  const [state, action, pending] = useActionState<AnomalyFormState, FormData>(changeStatusAction.bind(null, anomalyId), {});
  const next = allowedNextStatuses(status);
  const closing = next.some(requiresNote);
  return (
    <form action={action} className="space-y-2" noValidate>
      <label htmlFor="status-note" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        Note{closing ? " (required to resolve or dismiss)" : " (optional)"}
      </label>
      <textarea
        id="status-note"
        name="note"
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        defaultValue={state.note}
        key={state.error ? `err-${state.error}-${state.note}` : "note"}
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? "status-error" : undefined}
        placeholder={closing ? "What was found, and what was done" : "Optional"}
        className={`${inputClass} ${state.error ? "border-red-500 dark:border-red-400" : "border-zinc-300 dark:border-zinc-700"}`}
      />
      <div className="flex flex-wrap gap-2">
        {next.map((to) => (
          <button
            key={to}
            type="submit"
            name="to"
            value={to}
            disabled={pending}
            className={`inline-flex items-center gap-2 rounded-lg px-3 py-1.5 text-sm font-semibold disabled:cursor-wait disabled:opacity-70 ${buttonStyle[to]}`}
          >
            {statusActionLabel(to)}
          </button>
        ))}
        {pending ? <Spinner /> : null}
      </div>
      {state.error ? (
        <p id="status-error" role="alert" className="text-sm font-medium text-red-600 dark:text-red-400">
          {state.error}
        </p>
      ) : state.done ? (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {state.done}
        </p>
      ) : null}
    </form>
  );
}
