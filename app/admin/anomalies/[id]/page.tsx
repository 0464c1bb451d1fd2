import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { AuditTrail } from "@/components/anomalies/audit-trail";
import { EvidenceChart } from "@/components/anomalies/evidence-chart";
import { SeverityBadge, StatusBadge } from "@/components/anomalies/status-badge";
import { formatBetween, formatDateTime, formatNumber } from "@/components/format";
import { ListSkeleton } from "@/components/skeletons";
import { describeKind, kindExplanation } from "@/lib/domain/anomalies/describe-kind";
import { getAnomaly } from "@/lib/server/admin/get-anomaly";
import { listAdmins } from "@/lib/server/admin/list-admins";
import { requireViewer } from "../../../require-viewer";
import { orNotFound } from "../../or-not-found";
import { AssignForm } from "./assign-form";
import { InvolvedAccounts } from "./involved-accounts";
import { NoteForm } from "./note-form";
import { SnapshotTable } from "./snapshot-table";
import { StatusForm } from "./status-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ accounts?: string }> };

const parseId = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Anomaly ${(await params).id}` };
}

function Card({ title, id, children, action }: { title: string; id: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4 rounded-xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-base font-semibold">{title}</h2>
        {action}
      </div>
      {children}
    </section>
  );
}

export default async function AnomalyPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const id = parseId((await params).id);
  if (id === null) notFound();
  const accountsPage = Math.max(1, Number.parseInt((await searchParams).accounts ?? "1", 10) || 1);
  const [anomaly, admins] = await Promise.all([orNotFound(getAnomaly(viewer, id)), orNotFound(listAdmins(viewer))]);

  const facts: [string, ReactNode][] = [
    ["Account", anomaly.account ? <>@{anomaly.account.handle} <span className="text-zinc-500 dark:text-zinc-400">({anomaly.account.ownerEmail})</span></> : "Whole platform"],
    ["Window", formatBetween(anomaly.windowStart, anomaly.windowEnd)],
    ["Accounts involved", formatNumber(anomaly.accountCount)],
    ["Detected", formatDateTime(anomaly.detectedAt)],
    ["Reported by the creator", anomaly.reportedAt ? formatDateTime(anomaly.reportedAt) : "Not reported"],
    ["Last change", formatDateTime(anomaly.updatedAt)],
  ];

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/admin" className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
          <span aria-hidden="true">← </span>Review queue
        </Link>
      </nav>

      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">{describeKind(anomaly.kind)}</h1>
          <SeverityBadge severity={anomaly.severity} />
          <StatusBadge status={anomaly.status} />
        </div>
        <p className="max-w-3xl text-base text-zinc-800 dark:text-zinc-200">{anomaly.summary}</p>
        <p className="max-w-3xl text-sm text-zinc-500 dark:text-zinc-400">{kindExplanation(anomaly.kind)}</p>
        {anomaly.withdrawnAt ? (
          <p role="note" className="max-w-3xl rounded-lg border border-zinc-300 bg-zinc-100 px-3 py-2 text-sm text-zinc-700 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
            Withdrawn {formatDateTime(anomaly.withdrawnAt)}: later data no longer shows this anomaly. It stays here for its audit trail.
          </p>
        ) : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <Card title="Evidence" id="evidence-heading">
            <EvidenceChart evidence={anomaly.evidence} />
          </Card>
          <Card
            title="Accounts involved"
            id="accounts-heading"
            action={
              <a href={`/admin/anomalies/${anomaly.id}/export`} className="text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                Download CSV<span className="sr-only"> of the accounts involved</span>
              </a>
            }
          >
            <Suspense key={accountsPage} fallback={<ListSkeleton rows={6} />}>
              <InvolvedAccounts viewer={viewer} anomalyId={anomaly.id} page={accountsPage} accountCount={anomaly.accountCount} />
            </Suspense>
          </Card>
          <Card title="Snapshots it came from" id="snapshots-heading">
            <SnapshotTable snapshots={anomaly.snapshots} />
          </Card>
        </div>

        <aside className="space-y-6" aria-label="Review">
          <Card title="Review" id="review-heading">
            <dl className="space-y-2 text-sm">
              {facts.map(([label, value]) => (
                <div key={label}>
                  <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
                  <dd className="font-medium text-zinc-900 dark:text-zinc-100">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card title="Status" id="status-heading">
            <StatusForm key={anomaly.status} anomalyId={anomaly.id} status={anomaly.status} />
          </Card>
          <Card title="Assignee" id="assignee-heading">
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              {anomaly.assignee ? <>Assigned to <span className="font-medium text-zinc-900 dark:text-zinc-100">{anomaly.assignee}</span></> : "Nobody is assigned."}
            </p>
            <AssignForm anomalyId={anomaly.id} admins={admins} assigneeId={anomaly.assigneeId} viewerId={viewer.userId} />
          </Card>
          <Card title="Audit trail" id="trail-heading">
            <NoteForm anomalyId={anomaly.id} />
            <AuditTrail events={anomaly.events} />
          </Card>
        </aside>
      </div>
    </div>
  );
}
