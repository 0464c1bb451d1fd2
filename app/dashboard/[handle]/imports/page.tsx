import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime, formatNumber, formatSigned } from "@/components/format";
import { ImportStatusBadge } from "@/components/imports/import-status-badge";
import { JobProgress } from "@/components/job-progress";
import { UploadForm } from "@/components/imports/upload-form";
import { DeleteSnapshotButton } from "@/components/imports/delete-snapshot-button";
import { FormatHelp } from "@/components/imports/format-help";
import { findImportHistory } from "@/lib/server/imports/find-import-history";
import { requireScope } from "../../../require-viewer";
import { deleteSnapshotAction } from "./actions";

export const metadata: Metadata = { title: "Imports" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ notice?: string; job?: string }> };

export default async function ImportsPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const sp = await searchParams;
  const base = `/dashboard/${encodeURIComponent(scope.handle)}`;
  const { snapshots, pending } = await findImportHistory(scope);
  const job = Number(sp.job);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Imports</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Bring in a new export of @{scope.handle}&apos;s followers and following. You will see what it changes before anything is applied. Another account&apos;s export? Pick its handle in the switcher above, or <Link className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400" href="/add-handle">add a handle</Link>.</p>
      </div>
      {sp.notice && <p role="status" className="rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-900 dark:border-indigo-500/30 dark:bg-indigo-500/10 dark:text-indigo-200">{sp.notice.slice(0, 300)}</p>}
      {Number.isInteger(job) && job > 0 && <JobProgress jobId={job} label="Recomputing history" />}
      <UploadForm handle={scope.handle} />
      <FormatHelp />
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Have a file of your followers&apos; profiles (counts, avatars, bios), say from a scraper tool? <Link className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300" href={`${base}/imports/profiles`}>Import profiles</Link> for fuller bot scores.</p>
      {pending.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Not applied</h2>
          <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {pending.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm">
                <Link href={`${base}/imports/${i.id}`} className="font-medium hover:underline">{i.fileName}</Link>
                <ImportStatusBadge status={i.status} />
                <span className="text-zinc-500 dark:text-zinc-400">uploaded {formatDateTime(i.createdAt)}</span>
                {i.error && <span className="w-full truncate text-red-700 dark:text-red-300">{i.error}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">Snapshot history</h2>
        {snapshots.length === 0 ? (
          <p className="text-sm text-zinc-500 dark:text-zinc-400">No snapshots yet: your first import starts the history.</p>
        ) : (
          <div className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Snapshots, newest first</caption>
              <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
                <tr>
                  <th className="px-3 py-2">Taken</th><th className="px-3 py-2">Source</th>
                  <th className="px-3 py-2 text-right">Followers</th><th className="px-3 py-2 text-right">Gained / lost</th>
                  <th className="px-3 py-2 text-right">Following</th><th className="px-3 py-2 text-right">Gained / lost</th>
                  <th className="px-3 py-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {snapshots.map((s) => (
                  <tr key={s.id} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                    <td className="whitespace-nowrap px-3 py-2">{formatDateTime(s.takenAt)}</td>
                    <td className="px-3 py-2 text-zinc-600 dark:text-zinc-400">{s.fileName ?? s.source}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{s.hasFollowers ? formatNumber(s.followerCount) : "no list"}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatSigned(s.gainedFollowers)} / {formatSigned(-s.lostFollowers)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{s.hasFollowing ? formatNumber(s.followingCount) : "no list"}</td>
                    <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatSigned(s.gainedFollowing)} / {formatSigned(-s.lostFollowing)}</td>
                    <td className="px-3 py-2 text-right">
                      <form action={deleteSnapshotAction.bind(null, scope.handle, s.id)}>
                        <DeleteSnapshotButton label={`Delete the snapshot of ${formatDateTime(s.takenAt)}`} />
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Deleting a snapshot recomputes the history after it, as if it had never been imported.</p>
      </section>
    </div>
  );
}
