import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PlatformChart } from "@/components/anomalies/platform-chart";
import { SeverityBadge, StatusBadge } from "@/components/anomalies/status-badge";
import { EmptyState } from "@/components/empty-state";
import { formatBetween, formatNumber } from "@/components/format";
import { CardsSkeleton, ChartSkeleton, TableSkeleton } from "@/components/skeletons";
import { anomalyStatuses } from "@/lib/domain/anomalies/types";
import { getPlatformOverview, PLATFORM_DAYS } from "@/lib/server/admin/get-platform-overview";
import type { Viewer } from "@/lib/server/auth/viewer";
import { requireViewer } from "../../require-viewer";
import { orNotFound } from "../or-not-found";
import { SignInLockouts } from "./sign-in-lockouts";

export const metadata: Metadata = { title: "Platform" };

const card = "rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900";
const statusLabel = { open: "Open", acknowledged: "Acknowledged", resolved: "Resolved", dismissed: "Dismissed" } as const;

async function Overview({ viewer }: { viewer: Viewer }) {
  const o = await orNotFound(getPlatformOverview(viewer));
  return (
    <div className="space-y-6">
      <section aria-labelledby="totals-heading" className="space-y-3">
        <h2 id="totals-heading" className="sr-only">Totals by status</h2>
        <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          {anomalyStatuses.map((s) => (
            <div key={s} className={card}>
              <dt className="text-sm text-zinc-500 dark:text-zinc-400">{statusLabel[s]}</dt>
              <dd className="mt-1 text-2xl font-semibold tabular-nums">
                <Link href={`/admin?status=${s}`} className="hover:text-indigo-700 hover:underline dark:hover:text-indigo-300">
                  {formatNumber(o.totals[s])}
                  <span className="sr-only"> {s} anomalies: open the queue</span>
                </Link>
              </dd>
            </div>
          ))}
        </dl>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Not counting {formatNumber(o.withdrawn)} withdrawn by later detections.</p>
      </section>

      <section aria-labelledby="per-day-heading" className={`${card} space-y-3`}>
        <h2 id="per-day-heading" className="text-base font-semibold">Anomalies per day, last {PLATFORM_DAYS} days</h2>
        <PlatformChart days={o.perDay} />
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="incidents-heading" className={`${card} space-y-3`}>
          <h2 id="incidents-heading" className="text-base font-semibold">Open platform incidents</h2>
          {o.incidents.length === 0 ? (
            <EmptyState title="No open incidents">Incidents appear when many tracked accounts are hit in the same window.</EmptyState>
          ) : (
            <ul className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {o.incidents.map((i) => (
                <li key={i.id} className="py-3 first:pt-0 last:pb-0">
                  <Link href={`/admin/anomalies/${i.id}`} className="font-medium hover:text-indigo-700 hover:underline dark:hover:text-indigo-300">
                    {formatBetween(i.windowStart, i.windowEnd)}
                  </Link>
                  <span className="ml-2 inline-flex gap-1.5 align-middle">
                    <SeverityBadge severity={i.severity} />
                    <StatusBadge status={i.status} />
                  </span>
                  <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{i.summary}</p>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="affected-heading" className={`${card} space-y-3`}>
          <h2 id="affected-heading" className="text-base font-semibold">Accounts most affected</h2>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">By anomalies still open or acknowledged.</p>
          {o.mostAffected.length === 0 ? (
            <EmptyState title="No account has unresolved anomalies" />
          ) : (
            <table className="w-full text-left text-sm">
              <thead className="border-b border-zinc-200 text-xs text-zinc-500 uppercase dark:border-zinc-800 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">Account</th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">Unresolved</th>
                  <th scope="col" className="py-2 text-right font-medium">High</th>
                </tr>
              </thead>
              <tbody>
                {o.mostAffected.map((a) => (
                  <tr key={`${a.handle}-${a.ownerEmail}`} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                    <td className="py-2 pr-3">
                      <Link href={`/admin?account=${encodeURIComponent(a.handle.toLowerCase())}`} className="font-medium hover:text-indigo-700 hover:underline dark:hover:text-indigo-300">
                        @{a.handle}
                      </Link>
                      <span className="block text-xs text-zinc-500 dark:text-zinc-400">{a.ownerEmail}</span>
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">{formatNumber(a.unresolved)}</td>
                    <td className="py-2 text-right tabular-nums">{formatNumber(a.high)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}

export default async function PlatformPage() {
  const viewer = await requireViewer();
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Platform</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">What the detectors see across every creator, and who is locked out of signing in.</p>
      </header>
      <Suspense fallback={<div className="space-y-6"><CardsSkeleton /><ChartSkeleton /></div>}>
        <Overview viewer={viewer} />
      </Suspense>
      <Suspense fallback={<TableSkeleton rows={3} />}>
        <SignInLockouts viewer={viewer} />
      </Suspense>
    </div>
  );
}
