import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { formatDateTime } from "@/components/format";
import { parsePageParam } from "@/lib/domain/manager/suggestion-query";
import { findRecordedActions } from "@/lib/server/manager/find-recorded-actions";
import { requireScope } from "../../../../require-viewer";
import { managerBase } from "../action-scope";
import { Notice } from "../notice";
import { PageNav } from "../page-nav";
import { cellClass, mutedCellClass, rowClass, tableCardClass, theadClass } from "../styles";
import { IntentStatus } from "./intent-status";

export const metadata: Metadata = { title: "Recorded actions" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const sourceNames: Record<string, string> = { followlens: "Followlens", api: "API", "instagram-export": "Instagram export" };

export default async function RecordedActionsPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const raw = await searchParams;
  const page = await findRecordedActions(scope, parsePageParam(raw.page));
  const base = `${managerBase(scope.handle)}/recorded`;
  const dashboard = `/dashboard/${encodeURIComponent(scope.handle)}`;
  return (
    <div className="space-y-4">
      <Notice value={raw.notice} />
      <p className="max-w-3xl text-sm text-zinc-500 dark:text-zinc-400">
        What you told Followlens you did, newest first. <strong className="font-medium">Pending</strong>: waiting for your next snapshot.{" "}
        <strong className="font-medium">Confirmed</strong>: the next snapshot showed it. <strong className="font-medium">Anomaly</strong>: it did not
        happen on TikTok; see your <Link href={`${dashboard}/alerts`} className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400">alerts</Link>.
      </p>
      {page.rows.length === 0 ? (
        <EmptyState title={page.page > 1 ? "This page is empty" : "Nothing recorded yet"}>
          <p>&ldquo;I unfollowed these&rdquo; on your unfollow list and &ldquo;Follow back&rdquo; on your fans record actions here.</p>
        </EmptyState>
      ) : (
        <>
          <div className={tableCardClass}>
            <table className="w-full min-w-[36rem] text-left text-sm">
              <thead className={theadClass}>
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">When</th>
                  <th scope="col" className="px-3 py-2 font-medium">Action</th>
                  <th scope="col" className="px-3 py-2 font-medium">Account</th>
                  <th scope="col" className="px-3 py-2 font-medium">Recorded in</th>
                  <th scope="col" className="px-3 py-2 font-medium">Status</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((r) => (
                  <tr key={r.id} className={rowClass}>
                    <td className={mutedCellClass}>{formatDateTime(r.occurredAt)}</td>
                    <td className={cellClass}>{r.action === "follow" ? "Follow back" : "Unfollow"}</td>
                    <td className={cellClass}><Link href={`${dashboard}/accounts/${encodeURIComponent(r.handleKey)}`} className="font-medium hover:text-indigo-600 hover:underline dark:hover:text-indigo-400">@{r.handle}</Link></td>
                    <td className={mutedCellClass}>{sourceNames[r.source] ?? r.source}</td>
                    <td className={cellClass}><IntentStatus resolution={r.resolution} alertsHref={`${dashboard}/alerts`} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PageNav page={page.page} pageSize={page.pageSize} shown={page.rows.length} total={null} hasNext={page.hasNext} hrefFor={(n) => (n > 1 ? `${base}?page=${n}` : base)} />
        </>
      )}
    </div>
  );
}
