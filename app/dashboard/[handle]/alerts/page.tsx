import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { formatNumber } from "@/components/format";
import { readAlertFilter, type AlertFilter } from "@/lib/server/alerts/alert-filter";
import { ALERTS_PER_PAGE, listAlerts } from "@/lib/server/alerts/list-alerts";
import { requireScope } from "../../../require-viewer";
import { AlertCard } from "./alert-card";
import { AlertTabs } from "./alert-tabs";

export const metadata: Metadata = { title: "Alerts" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ filter?: string; withdrawn?: string; page?: string }> };

const emptyTitles: Record<AlertFilter, string> = {
  open: "No open alerts",
  all: "No alerts",
  reported: "Nothing sent to the admins",
  closed: "No closed alerts",
};

export default async function AlertsPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const sp = await searchParams;
  const filter = readAlertFilter(sp.filter);
  const showWithdrawn = sp.withdrawn === "show";
  const page = Math.max(1, Math.min(10_000, Number.parseInt(sp.page ?? "1", 10) || 1));
  const result = await listAlerts(scope, { filter, showWithdrawn, page });
  const base = `/dashboard/${encodeURIComponent(scope.handle)}/alerts`;
  const hrefFor = (f: AlertFilter, options: { withdrawn?: boolean; page?: number } = {}) => {
    const q = new URLSearchParams();
    if (f !== "open") q.set("filter", f);
    if (options.withdrawn ?? showWithdrawn) q.set("withdrawn", "show");
    if ((options.page ?? 1) > 1) q.set("page", String(options.page));
    const s = q.toString();
    return s ? `${base}?${s}` : base;
  };
  const pages = Math.max(1, Math.ceil(result.total / ALERTS_PER_PAGE));

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Alerts</h1>
        <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
          Changes in @{scope.handle}&apos;s followers and following that do not look like ordinary ups and downs. Open one to see the
          accounts and the numbers behind it, and send it to the admins if something is wrong.
        </p>
      </header>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <AlertTabs current={filter} counts={result.counts} hrefFor={(f) => hrefFor(f, { page: 1 })} />
        {filter !== "open" && result.withdrawn > 0 ? (
          <Link href={hrefFor(filter, { withdrawn: !showWithdrawn })} className="shrink-0 text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">
            {showWithdrawn ? "Hide withdrawn alerts" : `Show ${formatNumber(result.withdrawn)} withdrawn`}
          </Link>
        ) : null}
      </div>

      {result.alerts.length === 0 ? (
        <EmptyState title={emptyTitles[filter]}>
          {filter === "open" && result.counts.all === 0 ? (
            <p>
              No alerts: Followlens checks each snapshot for follows that did not stick, unfollows you did not make, sudden waves of
              followers leaving or arriving, and incomplete exports. Anything it finds shows up here.
            </p>
          ) : filter === "open" ? (
            <p>Nothing is waiting for you. Earlier alerts are under “All”.</p>
          ) : (
            <p>Nothing here yet.</p>
          )}
        </EmptyState>
      ) : (
        <ul aria-label="Alerts" className="space-y-3">
          {result.alerts.map((alert) => (
            <AlertCard key={alert.id} alert={alert} href={`${base}/${alert.id}`} />
          ))}
        </ul>
      )}

      {pages > 1 ? (
        <nav aria-label="Pagination" className="flex items-center justify-between text-sm text-zinc-600 dark:text-zinc-400">
          <span className="tabular-nums">
            Page {page} of {pages}
          </span>
          <span className="flex gap-2">
            {page > 1 ? <Link rel="prev" href={hrefFor(filter, { page: page - 1 })} className="rounded-lg px-3 py-1.5 font-medium ring-1 ring-zinc-200 hover:bg-zinc-50 dark:ring-zinc-800 dark:hover:bg-zinc-800">Previous</Link> : null}
            {page < pages ? <Link rel="next" href={hrefFor(filter, { page: page + 1 })} className="rounded-lg px-3 py-1.5 font-medium ring-1 ring-zinc-200 hover:bg-zinc-50 dark:ring-zinc-800 dark:hover:bg-zinc-800">Next</Link> : null}
          </span>
        </nav>
      ) : null}
    </div>
  );
}
