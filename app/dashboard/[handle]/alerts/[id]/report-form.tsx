"use client";
import { useActionState, useState } from "react";
import { primaryButtonClass, Spinner } from "@/components/auth/form-field";
import { reportAlertAction, type ReportAlertState } from "../actions";

const MAX = 2_000;

/** "Send to the admins" with a required comment; after sending, the box empties for a further comment. */
export function ReportForm({ handle, alertId, reported }: { handle: string; alertId: number; reported: boolean }) {
  const [state, action, pending] = useActionState<ReportAlertState, FormData>(reportAlertAction.bind(null, handle, alertId), {});
  const [length, setLength] = useState(state.value?.length ?? 0);
  const error = state.error;
  const again = reported || state.sent !== undefined;
  return (
    <form action={action} className="space-y-2" noValidate onSubmit={() => setLength(0)}>
      <label htmlFor="report-note" className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {again ? "Add a comment for the admins" : "Your comment for the admins"}
      </label>
      <textarea
        key={state.sent?.at ?? "draft"}
        id="report-note"
        name="note"
        rows={4}
        maxLength={MAX}
        defaultValue={state.value}
        onChange={(e) => setLength(e.currentTarget.value.length)}
        placeholder="What did you notice? For example: I never unfollowed these accounts, and they still follow me in the app."
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "report-note-hint report-note-error" : "report-note-hint"}
        className={`block w-full rounded-lg border bg-white px-3 py-2 text-sm text-zinc-900 shadow-xs placeholder:text-zinc-400 focus:outline-2 focus:outline-indigo-500/50 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500 ${
          error ? "border-red-500 dark:border-red-400" : "border-zinc-300 dark:border-zinc-700"
        }`}
      />
      <p id="report-note-hint" className="flex justify-between gap-3 text-xs text-zinc-500 dark:text-zinc-400">
        <span>The admins see this alert, its accounts and your comment. Required; up to 2,000 characters.</span>
        <span className="tabular-nums" aria-hidden="true">{length}/{MAX}</span>
      </p>
      {error ? (
        <p id="report-note-error" role="alert" className="text-sm font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <button type="submit" disabled={pending} className={`${primaryButtonClass} sm:w-auto`}>
          {pending ? <Spinner /> : null}
          {pending ? "Sending…" : again ? "Send another comment" : "Send to the admins"}
        </button>
        <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-300">
          {state.sent ? (state.sent.again ? "Sent to the admins: your comment was added." : "Sent to the admins. They will look at it and may change its status.") : ""}
        </p>
      </div>
    </form>
  );
}
