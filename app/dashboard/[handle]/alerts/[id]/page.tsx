import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceChart } from "@/components/anomalies/evidence-chart";
import { SeverityBadge, StatusBadge } from "@/components/anomalies/status-badge";
import { formatBetween, formatDateTime } from "@/components/format";
import { describeKind, kindExplanation } from "@/lib/domain/anomalies/describe-kind";
import type { AnomalyStatus } from "@/lib/domain/anomalies/types";
import { getAlert } from "@/lib/server/alerts/get-alert";
import { requireScope } from "../../../../require-viewer";
import { AlertHistory } from "./alert-history";
import { InvolvedAccounts } from "./involved-accounts";
import { ReportForm } from "./report-form";

export const metadata: Metadata = { title: "Alert" };

type Props = { params: Promise<{ handle: string; id: string }> };

const statusMeaning: Record<AnomalyStatus, string> = {
  open: "Nobody has looked at it yet.",
  acknowledged: "An admin is looking into it.",
  resolved: "The admins dealt with it.",
  dismissed: "The admins found nothing wrong.",
};

const card = "rounded-xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900";

export default async function AlertPage({ params }: Props) {
  const p = await params;
  const { viewer, scope } = await requireScope(p.handle);
  const id = /^\d{1,9}$/.test(p.id) ? Number(p.id) : null;
  const alert = id === null ? null : await getAlert(scope, viewer, id);
  if (!alert) notFound();
  const base = `/dashboard/${encodeURIComponent(scope.handle)}`;

  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <Link href={`${base}/alerts`} className="inline-block text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">
        ← All alerts
      </Link>

      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <SeverityBadge severity={alert.severity} />
          <StatusBadge status={alert.status} />
          {alert.reportedAt ? (
            <span className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700 dark:bg-indigo-500/15 dark:text-indigo-300">
              Sent to the admins {formatDateTime(alert.reportedAt.toISOString())}
            </span>
          ) : null}
        </div>
        <h1 className="text-2xl font-semibold tracking-tight">{describeKind(alert.kind)}</h1>
        <p className="text-lg text-zinc-800 dark:text-zinc-200">{alert.summary}</p>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{kindExplanation(alert.kind)}</p>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-zinc-500 dark:text-zinc-400">When</dt>
            <dd className="font-medium">{formatBetween(alert.windowStart.toISOString(), alert.windowEnd.toISOString())}</dd>
          </div>
          <div>
            <dt className="text-zinc-500 dark:text-zinc-400">Status</dt>
            <dd className="font-medium">{statusMeaning[alert.status]}</dd>
          </div>
          <div>
            <dt className="text-zinc-500 dark:text-zinc-400">Detected</dt>
            <dd className="font-medium">
              {formatDateTime(alert.detectedAt.toISOString())}
              {alert.snapshotCount > 0 ? ` from ${alert.snapshotCount} ${alert.snapshotCount === 1 ? "snapshot" : "snapshots"}` : ""}
            </dd>
          </div>
        </dl>
        {alert.withdrawnAt ? (
          <p role="note" className="rounded-lg border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300">
            No longer shown by your data: a later snapshot or a recomputed history settled it on {formatDateTime(alert.withdrawnAt.toISOString())}. It
            stays here with its history.
          </p>
        ) : null}
      </header>

      <section aria-labelledby="evidence-heading" className={`${card} space-y-3`}>
        <h2 id="evidence-heading" className="text-lg font-semibold">What the data shows</h2>
        <EvidenceChart evidence={alert.evidence} />
      </section>

      <section aria-labelledby="accounts-heading" className="space-y-3">
        <h2 id="accounts-heading" className="text-lg font-semibold">Accounts involved</h2>
        <InvolvedAccounts alert={alert} base={base} csvHref={`${base}/alerts/${alert.id}/accounts`} />
      </section>

      <section aria-labelledby="report-heading" className={`${card} space-y-3`}>
        <div className="space-y-1">
          <h2 id="report-heading" className="text-lg font-semibold">Send to the admins</h2>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            If this looks wrong (a platform bug, accounts you never unfollowed), tell the Followlens admins. They can compare it with
            other creators and set its status; their notes appear in the history below.
          </p>
        </div>
        <ReportForm handle={scope.handle} alertId={alert.id} reported={alert.reportedAt !== null} />
      </section>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-lg font-semibold">History</h2>
        <AlertHistory events={alert.events} />
      </section>
    </article>
  );
}
