import Link from "next/link";
import type { IntentResolution } from "@/lib/server/manager/find-recorded-actions";

const badge = "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium";

/** Pending (waiting for the next snapshot), confirmed, or an anomaly with the way to its alert. */
export function IntentStatus({ resolution, alertsHref }: { resolution: IntentResolution; alertsHref: string }) {
  if (resolution === "confirmed") return <span className={`${badge} bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300`}>Confirmed</span>;
  if (resolution === "anomaly") {
    return (
      <span className="flex flex-wrap items-center gap-2">
        <span className={`${badge} bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300`}>Anomaly</span>
        <Link href={alertsHref} className="text-xs font-medium text-indigo-600 hover:underline dark:text-indigo-400">See alerts</Link>
      </span>
    );
  }
  return <span className={`${badge} bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-300`} title="Waiting for the next snapshot">Pending</span>;
}
