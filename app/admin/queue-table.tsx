import Link from "next/link";
import { SeverityBadge, StatusBadge } from "@/components/anomalies/status-badge";
import { Pager } from "@/components/anomalies/pager";
import { EmptyState } from "@/components/empty-state";
import { formatBetween, formatDate, formatNumber } from "@/components/format";
import { describeKind } from "@/lib/domain/anomalies/describe-kind";
import type { QueuePage } from "@/lib/server/admin/admin-anomaly-view";

const th = "px-3 py-2.5 font-medium whitespace-nowrap";
const td = "px-3 py-2.5 align-top";

/** The queue's rows: the kind links to the anomaly page (one link per row, so Tab walks the queue). */
export function QueueTable({ page, query, filtered }: { page: QueuePage; query: Record<string, string>; filtered: boolean }) {
  if (page.total === 0) {
    return (
      <EmptyState
        title={filtered ? "No anomalies match these filters" : "The queue is empty"}
        action={
          filtered ? (
            <Link href="/admin" className="text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">
              Clear the filters
            </Link>
          ) : undefined
        }
      >
        {filtered ? "Try another kind, status or date range." : "Anomalies appear here as the detectors find them in creators' snapshots."}
      </EmptyState>
    );
  }
  return (
    <div className="space-y-3">
      {/* Phones get one card per anomaly; from sm up, the table. */}
      <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white sm:hidden dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
        {page.rows.map((row) => (
          <li key={row.id} className="space-y-1.5 p-4">
            <div className="flex flex-wrap items-center gap-1.5">
              <Link href={`/admin/anomalies/${row.id}`} className="mr-1 font-medium text-zinc-900 hover:underline dark:text-zinc-100">
                {describeKind(row.kind)}
              </Link>
              <SeverityBadge severity={row.severity} />
              <StatusBadge status={row.status} />
            </div>
            <p className="line-clamp-2 text-sm text-zinc-600 dark:text-zinc-400">{row.summary}</p>
            <p className="text-xs text-zinc-500 dark:text-zinc-400">
              {row.account ? `@${row.account.handle} · ${row.account.ownerEmail}` : "Whole platform"} · {formatBetween(row.windowStart, row.windowEnd)}
            </p>
            <p className="text-xs text-zinc-500 dark:text-zinc-400">
              {formatNumber(row.accountCount)} accounts{row.reportedAt ? ` · reported ${formatDate(row.reportedAt)}` : ""}
              {row.assignee ? ` · ${row.assignee}` : ""}
              {row.withdrawnAt ? ` · withdrawn ${formatDate(row.withdrawnAt)}` : ""}
            </p>
          </li>
        ))}
      </ul>
      <div className="hidden relative overflow-x-auto rounded-xl border border-zinc-200 bg-white sm:block dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full min-w-[56rem] text-left text-sm">
          <caption className="sr-only">Anomalies, {formatNumber(page.total)} in all</caption>
          <thead className="border-b border-zinc-200 text-xs text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400">
            <tr>
              <th scope="col" className={th}>Anomaly</th>
              <th scope="col" className={th}>Severity</th>
              <th scope="col" className={th}>Status</th>
              <th scope="col" className={th}>Account</th>
              <th scope="col" className={th}>Window</th>
              <th scope="col" className={`${th} text-right`}>Accounts</th>
              <th scope="col" className={th}>Reported</th>
              <th scope="col" className={th}>Assignee</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.id} className="group border-b border-zinc-100 last:border-0 hover:bg-zinc-50 dark:border-zinc-800/60 dark:hover:bg-zinc-800/40">
                <td className={`${td} max-w-xs`}>
                  <Link href={`/admin/anomalies/${row.id}`} className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline dark:text-zinc-100 dark:hover:text-indigo-300">
                    {describeKind(row.kind)}
                  </Link>
                  <p className="mt-0.5 line-clamp-2 text-xs text-zinc-500 dark:text-zinc-400">{row.summary}</p>
                  {row.withdrawnAt ? <p className="mt-0.5 text-xs font-medium text-zinc-500 italic dark:text-zinc-400">Withdrawn {formatDate(row.withdrawnAt)}</p> : null}
                </td>
                <td className={td}><SeverityBadge severity={row.severity} /></td>
                <td className={td}><StatusBadge status={row.status} /></td>
                <td className={td}>
                  {row.account ? (
                    <>
                      <span className="font-medium">@{row.account.handle}</span>
                      <span className="block text-xs text-zinc-500 dark:text-zinc-400">{row.account.ownerEmail}</span>
                    </>
                  ) : (
                    <span className="text-zinc-500 italic dark:text-zinc-400">Whole platform</span>
                  )}
                </td>
                <td className={`${td} whitespace-nowrap text-zinc-600 dark:text-zinc-400`}>{formatBetween(row.windowStart, row.windowEnd)}</td>
                <td className={`${td} text-right tabular-nums`}>{formatNumber(row.accountCount)}</td>
                <td className={`${td} whitespace-nowrap text-zinc-600 dark:text-zinc-400`}>{row.reportedAt ? formatDate(row.reportedAt) : "—"}</td>
                <td className={`${td} text-zinc-600 dark:text-zinc-400`}>{row.assignee ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page.page} pageSize={page.pageSize} total={page.total} shown={page.rows.length} basePath="/admin" query={query} />
    </div>
  );
}
