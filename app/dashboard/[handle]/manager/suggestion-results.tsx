import Link from "next/link";
import { LabelBadge } from "@/components/bots/label-badge";
import { EmptyState } from "@/components/empty-state";
import { formatDate, formatNumber } from "@/components/format";
import { hrefWith } from "@/components/relationship-query";
import type { SuggestionQuery } from "@/lib/domain/manager/suggestion-query";
import type { AccountScope } from "@/lib/server/access/account-scope";
import { findSuggestions } from "@/lib/server/manager/find-suggestions";
import { addToManagerListAction } from "./actions";
import { PageNav } from "./page-nav";
import { ReasonChips } from "./reason-chips";
import { SelectAll } from "./select-all";
import { SortHeader } from "./sort-header";
import { buttonClass, cellClass, mutedCellClass, rowClass, tableCardClass, theadClass } from "./styles";

type Props = { scope: AccountScope; query: SuggestionQuery; base: string; current: Record<string, string> };

export async function SuggestionResults({ scope, query, base, current }: Props) {
  const page = await findSuggestions(scope, query);
  const returnTo = hrefWith(base, current, {});
  const accounts = `/dashboard/${encodeURIComponent(scope.handle)}/accounts`;
  const grace = page.inGrace > 0 ? (
    <p className="text-sm text-zinc-500 dark:text-zinc-400">
      {formatNumber(page.inGrace)} {page.inGrace === 1 ? "account" : "accounts"} you followed in the last 48 hours {page.inGrace === 1 ? "is" : "are"} in the grace period and not suggested.
    </p>
  ) : null;
  if (page.rows.length === 0) {
    return (
      <div className="space-y-3">
        {grace}
        <EmptyState title={query.search ? `No suggestion matches “${query.search}”` : page.total > 0 ? "This page is empty" : "No unfollow suggestions"}>
          {page.total > 0 || query.search ? <Link className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400" href={base}>Back to the first page</Link> : <p>Everyone you follow (past the grace period) follows you back, looks real and posts.</p>}
        </EmptyState>
      </div>
    );
  }
  return (
    <form action={addToManagerListAction.bind(null, scope.handle, returnTo)} className="space-y-3">
      {grace}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-zinc-600 dark:text-zinc-400">
          {formatNumber(page.total)}{page.totalIsLowerBound ? "+" : ""} suggestions · select some to
        </span>
        <button name="list" value="unfollow" className={buttonClass}>Add to unfollow list</button>
        <button name="list" value="keep" className={buttonClass}>Add to keep list</button>
      </div>
      <div className={tableCardClass}>
        <table className="w-full min-w-[52rem] text-left text-sm">
          <thead className={theadClass}>
            <tr>
              <th scope="col" className="w-8 px-3 py-2"><SelectAll /></th>
              <SortHeader label="Handle" column="handle" sort={query.sort} href={(sort) => hrefWith(base, current, { sort, page: null })} />
              <th scope="col" className="px-3 py-2 font-medium">Reasons</th>
              <th scope="col" className="px-3 py-2 text-right font-medium">Videos</th>
              <th scope="col" className="px-3 py-2 font-medium">Last post</th>
              <SortHeader label="You follow since" column="since" sort={query.sort} href={(sort) => hrefWith(base, current, { sort: sort === "since" ? null : sort, page: null })} />
              <th scope="col" className="px-3 py-2 font-medium">Bot score</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.handleKey} className={rowClass}>
                <td className={cellClass}><input type="checkbox" name="handleKey" value={r.handleKey} aria-label={`Select @${r.handle}`} className="size-4" /></td>
                <td className={cellClass}>
                  <Link href={`${accounts}/${encodeURIComponent(r.handleKey)}`} className="font-medium hover:text-indigo-600 hover:underline dark:hover:text-indigo-400">@{r.handle}</Link>
                  <div className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">{[r.followsYou && "follows you", r.list === "unfollow" && "on your unfollow list"].filter(Boolean).join(" · ")}</div>
                </td>
                <td className={cellClass}><ReasonChips reasons={r.reasons} /></td>
                <td className={`${mutedCellClass} text-right`}>{r.videoCount === null ? "—" : formatNumber(r.videoCount)}</td>
                <td className={mutedCellClass}>{formatDate(r.lastPostAt)}</td>
                <td className={mutedCellClass}>{formatDate(r.followingSince)}</td>
                <td className={`${cellClass} whitespace-nowrap`}><span className="mr-2 tabular-nums">{r.score ?? "—"}</span>{r.label ? <LabelBadge label={r.label} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PageNav
        page={query.page}
        pageSize={query.pageSize}
        shown={page.rows.length}
        total={page.total}
        totalIsLowerBound={page.totalIsLowerBound}
        hasNext={query.page * query.pageSize < page.total || (page.totalIsLowerBound && page.rows.length === query.pageSize)}
        hrefFor={(n) => hrefWith(base, current, { page: String(n) })}
      />
    </form>
  );
}
