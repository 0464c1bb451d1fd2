import type { AnomalyEventView } from "@/lib/server/admin/anomaly-event-view";
import { formatDateTime } from "../format";
import { StatusChange } from "./status-badge";

export type { AnomalyEventView };

/** What happened, in words; status changes show from → to as badges beside it. */
function describeEvent(event: AnomalyEventView): string {
  switch (event.type) {
    case "detected":
      return "Detected";
    case "updated":
      return "Updated by a later detection";
    case "withdrawn":
      return "Withdrawn: a later snapshot no longer shows it";
    case "reported":
      return "Reported to the Followlens team";
    case "status":
      return "Status changed";
    case "assigned":
      return event.assignee ? `Assigned to ${event.assignee}` : "Unassigned";
    case "note":
      return "Note added";
  }
}

/** The audit trail of one anomaly, oldest first: who (or "Followlens" for the system), when, what, and any note. */
export function AuditTrail({ events }: { events: AnomalyEventView[] }) {
  if (events.length === 0) {
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">Nothing has happened to this anomaly yet.</p>;
  }
  return (
    <ol className="relative space-y-4 border-l border-zinc-200 pl-5 dark:border-zinc-800">
      {events.map((event) => (
        <li key={event.id} className="relative">
          <span
            aria-hidden="true"
            className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full bg-zinc-300 ring-4 ring-white dark:bg-zinc-600 dark:ring-zinc-900"
          />
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-900 dark:text-zinc-100">
            <span className="font-medium">{describeEvent(event)}</span>
            {event.type === "status" && event.toStatus ? <StatusChange from={event.fromStatus ?? null} to={event.toStatus} /> : null}
          </p>
          <p className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
            {event.actor ?? "Followlens"} · <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </p>
          {event.note ? (
            <p className="mt-1.5 whitespace-pre-line rounded-lg bg-zinc-50 px-3 py-2 text-sm text-zinc-700 dark:bg-zinc-800/60 dark:text-zinc-300">
              {event.note}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
