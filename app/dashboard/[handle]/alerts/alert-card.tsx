import Link from "next/link";
import { SeverityBadge, StatusBadge } from "@/components/anomalies/status-badge";
import { formatBetween, formatDate, formatNumber } from "@/components/format";
import { describeKind } from "@/lib/domain/anomalies/describe-kind";
import type { AlertSummary } from "@/lib/server/alerts/alert-view";

/** One alert in the list: the plain-words summary first, the kind and the facts around it smaller. */
export function AlertCard({ alert, href }: { alert: AlertSummary; href: string }) {
  const withdrawn = alert.withdrawnAt !== null;
  return (
    <li>
      <Link
        href={href}
        className={`block rounded-xl border border-zinc-200 bg-white p-4 transition-colors hover:border-indigo-300 hover:bg-indigo-50/40 focus-visible:outline-2 focus-visible:outline-indigo-500 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-indigo-500/50 dark:hover:bg-indigo-500/5 ${withdrawn ? "opacity-60" : ""}`}
      >
        <div className="flex flex-wrap items-center gap-2">
          <SeverityBadge severity={alert.severity} />
          <span className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">{describeKind(alert.kind)}</span>
          <StatusBadge status={alert.status} />
          {alert.reportedAt ? (
            <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300">
              Sent to the admins
            </span>
          ) : null}
          {withdrawn ? (
            <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs font-medium text-zinc-600 dark:bg-zinc-800 dark:text-zinc-400">
              No longer shown by your data
            </span>
          ) : null}
        </div>
        <p className="mt-2 text-zinc-800 dark:text-zinc-200">{alert.summary}</p>
        <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
          {formatBetween(alert.windowStart.toISOString(), alert.windowEnd.toISOString())}
          {alert.accountCount > 0 ? ` · ${formatNumber(alert.accountCount)} ${alert.accountCount === 1 ? "account" : "accounts"}` : ""}
          {` · detected ${formatDate(alert.detectedAt.toISOString())}`}
        </p>
      </Link>
    </li>
  );
}
