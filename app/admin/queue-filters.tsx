import Form from "next/form";
import Link from "next/link";
import { describeKind } from "@/lib/domain/anomalies/describe-kind";
import { anomalyKinds, anomalyStatuses, severities } from "@/lib/domain/anomalies/types";
import type { QueueParams, QueueSort } from "@/lib/server/admin/anomaly-queue-params";

const sortLabels: Record<QueueSort, string> = {
  newest: "Newest window first",
  oldest: "Oldest window first",
  severity: "Severity (high first)",
  status: "Status (open first)",
  account: "Account (A–Z)",
};

const field = "flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-400";
const control =
  "h-9 w-full min-w-0 rounded-lg border border-zinc-300 bg-white px-2.5 text-sm font-normal text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

/** The queue's filters as a GET form: every choice lands in the URL, so a filtered queue can be bookmarked or shared. */
export function QueueFilters({ params }: { params: QueueParams }) {
  return (
    <Form action="/admin" className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" aria-label="Filter the queue">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <div className={field}>
          <label htmlFor="q-kind">Kind</label>
          <select id="q-kind" name="kind" defaultValue={params.kind ?? ""} className={control}>
            <option value="">All kinds</option>
            {anomalyKinds.map((k) => (
              <option key={k} value={k}>
                {describeKind(k)}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="q-status">Status</label>
          <select id="q-status" name="status" defaultValue={params.status ?? ""} className={control}>
            <option value="">All statuses</option>
            {anomalyStatuses.map((s) => (
              <option key={s} value={s} className="capitalize">
                {s[0]?.toUpperCase()}{s.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="q-severity">Severity</label>
          <select id="q-severity" name="severity" defaultValue={params.severity ?? ""} className={control}>
            <option value="">All severities</option>
            {[...severities].reverse().map((s) => (
              <option key={s} value={s}>
                {s[0]?.toUpperCase()}{s.slice(1)}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="q-sort">Sort</label>
          <select id="q-sort" name="sort" defaultValue={params.sort} className={control}>
            {(Object.keys(sortLabels) as QueueSort[]).map((s) => (
              <option key={s} value={s}>
                {sortLabels[s]}
              </option>
            ))}
          </select>
        </div>
        <div className={`${field} col-span-2 sm:col-span-1`}>
          <label htmlFor="q-account">Account (handle starts with)</label>
          <input id="q-account" name="account" defaultValue={params.account ?? ""} placeholder="@handle" autoComplete="off" spellCheck={false} className={control} />
        </div>
        <div className={field}>
          <label htmlFor="q-from">Window ended from</label>
          <input type="date" id="q-from" name="from" defaultValue={params.from ?? ""} className={control} />
        </div>
        <div className={field}>
          <label htmlFor="q-to">Window ended until</label>
          <input type="date" id="q-to" name="to" defaultValue={params.to ?? ""} className={control} />
        </div>
        <fieldset className="col-span-2 flex flex-col justify-end gap-1.5 sm:col-span-1 text-sm text-zinc-700 dark:text-zinc-300">
          <legend className="sr-only">Show</legend>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="mine" value="1" defaultChecked={params.mine === "1"} className="size-4 accent-indigo-600" />
            Assigned to me
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="withdrawn" value="1" defaultChecked={params.withdrawn === "1"} className="size-4 accent-indigo-600" />
            Include withdrawn
          </label>
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className="rounded-lg bg-indigo-600 px-3.5 py-1.5 text-sm font-semibold text-white hover:bg-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400">
          Apply filters
        </button>
        <Link href="/admin" className="rounded-lg px-3 py-1.5 text-sm font-medium text-zinc-700 ring-1 ring-zinc-300 hover:bg-zinc-100 dark:text-zinc-300 dark:ring-zinc-700 dark:hover:bg-zinc-800">
          Clear
        </Link>
      </div>
    </Form>
  );
}
