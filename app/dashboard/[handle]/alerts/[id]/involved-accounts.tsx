import Link from "next/link";
import { formatNumber } from "@/components/format";
import type { AlertDetail } from "@/lib/server/alerts/alert-view";

/** The first accounts with what the detector noted, "and N more", and the CSV of every one kept. */
export function InvolvedAccounts({ alert, base, csvHref }: { alert: AlertDetail; base: string; csvHref: string }) {
  if (alert.accountCount === 0 && alert.accounts.length === 0) {
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">This alert is about your counts, not about particular accounts.</p>;
  }
  const more = alert.accountCount - alert.accounts.length;
  return (
    <div className="space-y-3">
      <div className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Accounts involved</caption>
          <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Account</th>
              <th scope="col" className="px-3 py-2 font-medium">What the data shows</th>
            </tr>
          </thead>
          <tbody>
            {alert.accounts.map((a) => (
              <tr key={a.handleKey} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                <td className="px-3 py-2">
                  <Link className="font-medium text-zinc-900 hover:underline dark:text-zinc-100" href={`${base}/accounts/${encodeURIComponent(a.handleKey)}`}>
                    @{a.handle}
                  </Link>
                </td>
                <td className="px-3 py-2 text-zinc-600 dark:text-zinc-400">{a.detail ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-zinc-600 dark:text-zinc-400">
          {more > 0 ? `and ${formatNumber(more)} more` : `${formatNumber(alert.accounts.length)} ${alert.accounts.length === 1 ? "account" : "accounts"}`}
          {alert.storedAccounts < alert.accountCount ? ` (the first ${formatNumber(alert.storedAccounts)} are kept with the alert)` : ""}
        </p>
        {alert.storedAccounts > 0 ? (
          <a href={csvHref} className="rounded-lg px-3 py-1.5 font-medium text-indigo-700 ring-1 ring-zinc-200 hover:bg-zinc-50 dark:text-indigo-300 dark:ring-zinc-800 dark:hover:bg-zinc-800">
            Download all as CSV
          </a>
        ) : null}
      </div>
    </div>
  );
}
