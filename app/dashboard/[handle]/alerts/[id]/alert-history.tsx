import { StatusChange } from "@/components/anomalies/status-badge";
import { formatDateTime } from "@/components/format";
import type { AlertEvent } from "@/lib/server/alerts/alert-view";

const actors: Record<AlertEvent["actor"], string> = { you: "You", admin: "An admin", system: "Followlens" };

function describe(event: AlertEvent): string {
  switch (event.type) {
    case "detected":
      return "Detected";
    case "updated":
      return "Updated after a later snapshot";
    case "withdrawn":
      return "Withdrawn: your data no longer shows it";
    case "reported":
      return "Sent to the admins";
    case "status":
      return "Status changed";
    case "note":
      return "Note from the admins";
  }
}

/** What happened to the alert, oldest first: detections, your reports, and the admins' status changes and notes. */
export function AlertHistory({ events }: { events: AlertEvent[] }) {
  if (events.length === 0) return <p className="text-sm text-zinc-500 dark:text-zinc-400">Nothing has happened to this alert yet.</p>;
  return (
    <ol aria-label="History" className="relative space-y-4 border-l border-zinc-200 pl-5 dark:border-zinc-800">
      {events.map((event) => (
        <li key={event.id} className="relative">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.6rem] size-2.5 rounded-full bg-zinc-300 ring-4 ring-white dark:bg-zinc-600 dark:ring-zinc-950" />
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-900 dark:text-zinc-100">
            <span className="font-medium">{describe(event)}</span>
            {event.type === "status" && event.toStatus ? <StatusChange from={event.fromStatus ?? null} to={event.toStatus} /> : null}
          </p>
          <p className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
            {actors[event.actor]} · <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt.toISOString())}</time>
          </p>
          {/* The detection's note repeats the summary shown above. */}
          {event.note && event.type !== "detected" ? (
            <p className="mt-1.5 whitespace-pre-line break-words rounded-lg bg-zinc-50 px-3 py-2 text-sm text-zinc-700 dark:bg-zinc-800/60 dark:text-zinc-300">{event.note}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
