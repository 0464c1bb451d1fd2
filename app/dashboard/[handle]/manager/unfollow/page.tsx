import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { formatNumber } from "@/components/format";
import { MAX_HANDLES_PER_ACTION } from "@/lib/domain/manager/selection-schemas";
import { parsePageParam } from "@/lib/domain/manager/suggestion-query";
import { findListPage } from "@/lib/server/lists/find-list-page";
import { requireScope } from "../../../../require-viewer";
import { managerBase } from "../action-scope";
import { addToManagerListAction, recordUnfollowsAction, removeFromManagerListAction } from "../actions";
import { ListTable } from "../list-table";
import { Notice } from "../notice";
import { PageNav } from "../page-nav";
import { buttonClass, linkButtonClass, primaryClass } from "../styles";

export const metadata: Metadata = { title: "Unfollow list" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnfollowListPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const raw = await searchParams;
  const pageNumber = parsePageParam(raw.page);
  const page = await findListPage(scope, "unfollow", pageNumber);
  const base = `${managerBase(scope.handle)}/unfollow`;
  const returnTo = pageNumber > 1 ? `${base}?page=${pageNumber}` : base;
  const dashboard = `/dashboard/${encodeURIComponent(scope.handle)}`;
  const record = recordUnfollowsAction.bind(null, scope.handle, returnTo);
  return (
    <div className="space-y-4">
      <Notice value={raw.notice} />
      <p className="max-w-3xl text-sm text-zinc-500 dark:text-zinc-400">
        Work through this list in the TikTok app at your own pace, then tell Followlens with &ldquo;I unfollowed these&rdquo;. Each one is recorded
        as pending until your next snapshot confirms it; one that is still there afterwards becomes an alert.
      </p>
      {page.total === 0 ? (
        <EmptyState title="Your unfollow list is empty">
          <p>Add accounts from the <Link className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400" href={managerBase(scope.handle)}>suggestions</Link>.</p>
        </EmptyState>
      ) : (
        <form action={record} className="space-y-3">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="text-zinc-600 dark:text-zinc-400">{formatNumber(page.total)} accounts · select some, then</span>
            <button name="scope" value="selected" className={primaryClass}>I unfollowed the selected</button>
            {page.total <= MAX_HANDLES_PER_ACTION ? (
              <button name="scope" value="all" className={buttonClass}>I unfollowed all {formatNumber(page.total)}</button>
            ) : null}
            <button name="list" value="keep" formAction={addToManagerListAction.bind(null, scope.handle, returnTo)} className={buttonClass}>Move to keep list</button>
            <button formAction={removeFromManagerListAction.bind(null, scope.handle, "unfollow", returnTo)} className={buttonClass}>Take off the list</button>
            <a href={`${dashboard}/lists/export?list=unfollow`} className={`ml-auto ${linkButtonClass}`}>Download CSV</a>
          </div>
          <ListTable page={page} accounts={`${dashboard}/accounts`} />
          <PageNav page={page.page} pageSize={page.pageSize} shown={page.rows.length} total={page.total} hasNext={page.page * page.pageSize < page.total} hrefFor={(n) => (n > 1 ? `${base}?page=${n}` : base)} />
        </form>
      )}
    </div>
  );
}
