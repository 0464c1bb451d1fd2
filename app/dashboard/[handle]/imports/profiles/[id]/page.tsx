import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime, formatFileSize, formatNumber } from "@/components/format";
import { ImportStatusBadge } from "@/components/imports/import-status-badge";
import { JobProgress } from "@/components/job-progress";
import { ProfilePreview } from "@/components/profiles/profile-preview";
import { getProfileImport } from "@/lib/server/profiles/get-profile-import";
import { requireScope } from "../../../../../require-viewer";
import { applyProfilesAction, discardProfilesAction, remapProfilesAction } from "../actions";

export const metadata: Metadata = { title: "Profile file" };

type Props = { params: Promise<{ handle: string; id: string }>; searchParams: Promise<{ notice?: string }> };

export default async function ProfileImportPage({ params, searchParams }: Props) {
  const p = await params;
  const { scope } = await requireScope(p.handle);
  const id = Number(p.id);
  const view = Number.isInteger(id) && id > 0 ? await getProfileImport(scope, id) : null;
  if (!view) notFound();
  const { notice } = await searchParams;
  const base = `/dashboard/${encodeURIComponent(scope.handle)}`;
  const link = "font-medium underline underline-offset-2";
  return (
    <div className="mx-auto max-w-4xl space-y-5">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="min-w-0 truncate text-2xl font-semibold tracking-tight">{view.fileName}</h1>
        <ImportStatusBadge status={view.status} />
      </div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Profile file · uploaded {formatDateTime(view.createdAt)} · {formatFileSize(view.fileSize)}</p>
      {notice && <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-200">{notice.slice(0, 300)}</p>}
      {(view.status === "parsing" || view.status === "applying") &&
        (view.jobId ? <JobProgress jobId={view.jobId} label={view.status === "parsing" ? "Reading the file" : "Writing profiles"} /> : <p className="text-sm">Waiting for the importer…</p>)}
      {view.status === "failed" && (
        <div role="alert" className="space-y-1 rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200">
          <p className="font-medium">This file could not be used. No profile was changed.</p>
          <p>{view.error}</p>
          <p><Link className={link} href={`${base}/imports/profiles`}>Upload another file</Link></p>
        </div>
      )}
      {view.status === "applied" && (
        <div role="status" className="space-y-2 rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900 dark:border-emerald-500/30 dark:bg-emerald-500/10 dark:text-emerald-200">
          <p>{formatNumber(view.written ?? 0)} profiles written. {view.rescoreActive ? "The scores are being recomputed with them." : "The scores were recomputed with them."}{" "}
            <Link className={link} href={`${base}/bots`}>See the bots page</Link></p>
        </div>
      )}
      {view.status === "applied" && view.rescoreActive && view.rescoreJobId && <JobProgress jobId={view.rescoreJobId} label="Rescoring accounts" />}
      {view.report && view.status !== "failed" && view.status !== "parsing" && (
        <ProfilePreview
          report={view.report}
          decide={view.status === "ready"}
          remap={remapProfilesAction.bind(null, scope.handle, view.id)}
          apply={applyProfilesAction.bind(null, scope.handle, view.id)}
          discard={discardProfilesAction.bind(null, scope.handle, view.id)}
        />
      )}
      <p className="text-sm"><Link className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300" href={`${base}/imports/profiles`}>← All profile files</Link></p>
    </div>
  );
}
