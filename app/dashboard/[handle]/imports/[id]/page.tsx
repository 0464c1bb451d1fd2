import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime, formatFileSize } from "@/components/format";
import { ImportPreviewCard } from "@/components/imports/import-preview-card";
import { ImportStatusBadge } from "@/components/imports/import-status-badge";
import { JobProgress } from "@/components/job-progress";
import { getImport } from "@/lib/server/imports/get-import";
import { requireScope } from "../../../../require-viewer";
import { applyImportAction, discardImportAction } from "../actions";

export const metadata: Metadata = { title: "Import" };

type Props = { params: Promise<{ handle: string; id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function ImportPage({ params, searchParams }: Props) {
  const p = await params;
  const { scope } = await requireScope(p.handle);
  const id = Number(p.id);
  const view = Number.isInteger(id) && id > 0 ? await getImport(scope, id) : null;
  if (!view) notFound();
  const { notice } = await searchParams;
  const base = `/dashboard/${encodeURIComponent(scope.handle)}`;
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 truncate text-2xl font-semibold tracking-tight">{view.fileName}</h1>
        <ImportStatusBadge status={view.status} />
      </div>
      <p className="text-sm text-zinc-500 dark:text-zinc-400">Uploaded {formatDateTime(view.createdAt)} · {formatFileSize(view.fileSize)}</p>
      {notice && <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-200">{notice.slice(0, 300)}</p>}
      {(view.status === "parsing" || view.status === "applying") &&
        (view.jobId ? <JobProgress jobId={view.jobId} label={view.status === "parsing" ? "Reading the export" : "Applying the snapshot"} /> : <p className="text-sm">Waiting for the importer…</p>)}
      {view.status === "failed" && (
        <div role="alert" className="space-y-1 rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
          <p className="font-medium">This file could not be imported. Nothing was changed.</p>
          <p>{view.error}</p>
          <p><Link className="font-medium underline" href={`${base}/imports`}>Upload another file</Link></p>
        </div>
      )}
      {view.status === "duplicate" && (
        <p role="status" className="rounded-xl border border-zinc-200 bg-white px-4 py-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
          You already imported this exact file. Nothing changed.
        </p>
      )}
      {view.status === "applied" && (
        <p role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 dark:border-emerald-500/30 dark:bg-emerald-500/10 dark:text-emerald-200">
          Applied as the snapshot of {formatDateTime(view.takenAt)}. <Link className="font-medium underline" href={base}>See the overview</Link>
        </p>
      )}
      {view.preview && view.status !== "failed" && (
        <ImportPreviewCard
          view={view}
          decide={view.status === "ready" || view.status === "held"}
          apply={applyImportAction.bind(null, scope.handle, view.id)}
          discard={discardImportAction.bind(null, scope.handle, view.id)}
        />
      )}
      <p className="text-sm"><Link className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400" href={`${base}/imports`}>← All imports</Link></p>
    </div>
  );
}
