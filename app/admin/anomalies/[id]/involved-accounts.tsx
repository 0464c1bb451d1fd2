import { Pager } from "@/components/anomalies/pager";
import { formatNumber } from "@/components/format";
import { findAnomalyAccounts } from "@/lib/server/admin/find-anomaly-accounts";
import type { Viewer } from "@/lib/server/auth/viewer";
import { orNotFound } from "../../or-not-found";

/** One page of anomaly_accounts; the detectors keep a capped sample, so the full count is said when larger. */
export async function InvolvedAccounts({ viewer, anomalyId, page, accountCount }: { viewer: Viewer; anomalyId: number; page: number; accountCount: number }) {
  const result = await orNotFound(findAnomalyAccounts(viewer, anomalyId, page));
  if (result.total === 0) {
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">This anomaly names no individual accounts (it is about counts).</p>;
  }
  return (
    <div className="space-y-3">
      {accountCount > result.total ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {formatNumber(accountCount)} accounts in all; the first {formatNumber(result.total)} are kept here.
        </p>
      ) : null}
      <div className="relative overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-zinc-200 text-xs text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">Handle</th>
              <th scope="col" className="py-2 font-medium">Detail</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((r) => (
              <tr key={r.handleKey} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                <td className="py-2 pr-3 font-medium whitespace-nowrap">@{r.handle}</td>
                <td className="py-2 text-zinc-600 dark:text-zinc-400">{r.detail ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        shown={result.rows.length}
        basePath={`/admin/anomalies/${anomalyId}`}
        query={{}}
        param="accounts"
        label="Accounts involved pages"
      />
    </div>
  );
}
