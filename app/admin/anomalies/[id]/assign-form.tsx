"use client";
import { useActionState } from "react";
import type { AdminView } from "@/lib/server/admin/admin-anomaly-view";
import { assignAction, type AnomalyFormState } from "./actions";

const select =
  "h-9 min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-2.5 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";
const secondary =
  "rounded-lg px-3 py-1.5 text-sm font-medium text-zinc-800 ring-1 ring-zinc-300 hover:bg-zinc-100 disabled:opacity-70 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800";

/** Assign to any admin from the list, or to oneself in one click. */
export function AssignForm({ anomalyId, admins, assigneeId, viewerId }: { anomalyId: number; admins: AdminView[]; assigneeId: number | null; viewerId: number }) {
  const [state, action, pending] = useActionState<AnomalyFormState, FormData>(assignAction.bind(null, anomalyId), {});
  return (
    <div className="space-y-2">
      <form action={action} className="flex flex-wrap items-center gap-2">
        <label htmlFor="assignee" className="sr-only">
          Assignee
        </label>
        <select id="assignee" name="assignee" defaultValue={assigneeId === null ? "" : String(assigneeId)} key={String(assigneeId)} className={select}>
          <option value="">Nobody</option>
          {admins.map((a) => (
            <option key={a.id} value={a.id}>
              {a.email}
              {a.id === viewerId ? " (me)" : ""}
            </option>
          ))}
        </select>
        <button type="submit" disabled={pending} className={secondary}>
          Assign
        </button>
        {assigneeId !== viewerId ? (
          <button type="submit" name="me" value="1" disabled={pending} className={secondary}>
            Assign to me
          </button>
        ) : null}
      </form>
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
  );
}
