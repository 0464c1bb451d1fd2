import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { formatNumber } from "@/components/format";
import { parsePageParam } from "@/lib/domain/manager/suggestion-query";
import { findListPage } from "@/lib/server/lists/find-list-page";
import { requireScope } from "../../../../require-viewer";
import { managerBase } from "../action-scope";
import { addToManagerListAction, removeFromManagerListAction } from "../actions";
import { ListTable } from "../list-table";
import { Notice } from "../notice";
import { PageNav } from "../page-nav";
import { buttonClass, linkButtonClass } from "../styles";

export const metadata: Metadata = { title: "Keep list" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function KeepListPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const raw = await searchParams;
  const pageNumber = parsePageParam(raw.page);
  const page = await findListPage(scope, "keep", pageNumber);
  const base = `${managerBase(scope.handle)}/keep`;
  const returnTo = pageNumber > 1 ? `${base}?page=${pageNumber}` : base;
  const dashboard = `/dashboard/${encodeURIComponent(scope.handle)}`;
  return (
    <div className="space-y-4">
      <Notice value={raw.notice} />
      <div className="rounded-xl border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-200">
        <p>
          <strong className="font-medium">Accounts you want to stay connected to.</strong> They are never suggested for unfollowing. If one of
          them disappears from your following without an &ldquo;I unfollowed&rdquo; recorded by you, Followlens raises an{" "}
          <Link href={`${dashboard}/alerts`} className="font-medium underline">unexpected unfollow alert</Link>: that is how a platform glitch or a
          silent removal shows up.
        </p>
      </div>
      {page.total === 0 ? (
        <EmptyState title="Your keep list is empty">
          <p>Add accounts from the <Link className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400" href={managerBase(scope.handle)}>suggestions</Link> or your unfollow list.</p>
        </EmptyState>
      ) : (
        <form action={removeFromManagerListAction.bind(null, scope.handle, "keep", returnTo)} className="space-y-3">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-zinc-600 dark:text-zinc-400">{formatNumber(page.total)} accounts · select some to</span>
            <button className={buttonClass}>Take off the keep list</button>
            <button name="list" value="unfollow" formAction={addToManagerListAction.bind(null, scope.handle, returnTo)} className={buttonClass}>Move to unfollow list</button>
            <a href={`${dashboard}/lists/export?list=keep`} className={`ml-auto ${linkButtonClass}`}>Download CSV</a>
          </div>
          <ListTable page={page} accounts={`${dashboard}/accounts`} />
          <PageNav page={page.page} pageSize={page.pageSize} shown={page.rows.length} total={page.total} hasNext={page.page * page.pageSize < page.total} hrefFor={(n) => (n > 1 ? `${base}?page=${n}` : base)} />
        </form>
      )}
    </div>
  );
}
