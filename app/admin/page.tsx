import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { TableSkeleton } from "@/components/skeletons";
import { hrefWith } from "@/components/relationship-query";
import { hasQueueFilters, isCanonicalQuery, parseQueueParams, queueParamsToQuery, type QueueParams } from "@/lib/server/admin/anomaly-queue-params";
import { findAnomalyQueue } from "@/lib/server/admin/find-anomaly-queue";
import type { Viewer } from "@/lib/server/auth/viewer";
import { requireViewer } from "../require-viewer";
import { orNotFound } from "./or-not-found";
import { QueueFilters } from "./queue-filters";
import { QueueTable } from "./queue-table";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function Queue({ viewer, params }: { viewer: Viewer; params: QueueParams }) {
  const page = await orNotFound(findAnomalyQueue(viewer, params));
  return <QueueTable page={page} query={queueParamsToQuery(params)} filtered={hasQueueFilters(params)} />;
}

export default async function ReviewQueuePage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const raw = await searchParams;
  const params = parseQueueParams(raw);
  const query = queueParamsToQuery(params);
  if (!isCanonicalQuery(raw, query)) redirect(hrefWith("/admin", query, {}));
  const filters = queueParamsToQuery({ ...params, page: 1 });
  return (
    <div className="space-y-5">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">Review queue</h1>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Anomalies across every tracked account, and platform incidents.</p>
        </div>
        <a
          href={hrefWith("/admin/export", filters, {})}
          className="rounded-lg px-3 py-1.5 text-sm font-medium text-indigo-700 ring-1 ring-zinc-200 hover:bg-zinc-50 dark:text-indigo-300 dark:ring-zinc-800 dark:hover:bg-zinc-900"
        >
          Download CSV<span className="sr-only"> of the filtered queue</span>
        </a>
      </header>
      <QueueFilters key={JSON.stringify(filters)} params={params} />
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton rows={10} />}>
        <Queue viewer={viewer} params={params} />
      </Suspense>
    </div>
  );
}
