import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime, formatNumber } from "@/components/format";
import { ImportStatusBadge } from "@/components/imports/import-status-badge";
import { ProfileFormatHelp } from "@/components/profiles/profile-format-help";
import { ProfileUploadForm } from "@/components/profiles/profile-upload-form";
import { listProfileImports } from "@/lib/server/profiles/get-profile-import";
import { requireScope } from "../../../../require-viewer";

export const metadata: Metadata = { title: "Profile files" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ notice?: string }> };

export default async function ProfileImportsPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const { notice } = await searchParams;
  const base = `/dashboard/${encodeURIComponent(scope.handle)}`;
  const recent = await listProfileImports(scope);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Profile files</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Exports carry handles and follow dates only, so bot scores rest on names and timing. Add the public profiles of @{scope.handle}&apos;s followers and
          the accounts it follows from a file: counts, avatar, privacy, bio, account age, last post. You see how each column is read, and every row that is
          ignored and why, before anything is written. <Link className="text-indigo-700 underline underline-offset-2 dark:text-indigo-300" href={`${base}/imports`}>Back to imports</Link>
        </p>
      </div>
      {notice && <p role="status" className="rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-900 dark:border-indigo-500/30 dark:bg-indigo-500/10 dark:text-indigo-200">{notice.slice(0, 300)}</p>}
      <ProfileUploadForm handle={scope.handle} />
      <ProfileFormatHelp />
      {recent.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Recent profile files</h2>
          <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {recent.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 text-sm">
                <Link href={`${base}/imports/profiles/${r.id}`} className="font-medium underline-offset-2 hover:underline">{r.fileName}</Link>
                <ImportStatusBadge status={r.status} />
                <span className="text-zinc-600 dark:text-zinc-400">uploaded {formatDateTime(r.createdAt)}{r.written !== null ? ` · ${formatNumber(r.written)} profiles written` : ""}</span>
                {r.error && <span className="w-full truncate text-red-700 dark:text-red-300">{r.error}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
