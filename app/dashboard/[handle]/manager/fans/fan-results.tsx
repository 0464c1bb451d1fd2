import Link from "next/link";
import { LabelBadge } from "@/components/bots/label-badge";
import { EmptyState } from "@/components/empty-state";
import { formatDate } from "@/components/format";
import { RelationshipPager } from "@/components/relationship-pager";
import { ariaSort, hrefWith, nextSort } from "@/components/relationship-query";
import type { RelationshipQuery } from "@/lib/domain/relationship-query";
import type { AccountScope } from "@/lib/server/access/account-scope";
import { findFans } from "@/lib/server/manager/find-fans";
import { followBackAction } from "../actions";
import { SelectAll } from "../select-all";
import { cellClass, mutedCellClass, primaryClass, rowClass, tableCardClass, theadClass } from "../styles";

type Props = { scope: AccountScope; query: RelationshipQuery; base: string; current: Record<string, string> };

export async function FanResults({ scope, query, base, current }: Props) {
  const page = await findFans(scope, query);
  const pending = new Set(page.followBackPending);
  const accounts = `/dashboard/${encodeURIComponent(scope.handle)}/accounts`;
  if (page.rows.length === 0) {
    return <EmptyState title={query.search ? `No fan matches “${query.search}”` : "No fans to follow back"}>{query.search ? null : <p>You follow back everyone who follows you.</p>}</EmptyState>;
  }
  const header = (column: "handle" | "date", label: string) => {
    const state = ariaSort(column, query.sort);
    return (
      <th scope="col" aria-sort={state} className="px-3 py-2 font-medium">
        <Link href={hrefWith(base, current, { sort: nextSort(column, query.sort), page: null })} scroll={false} className="inline-flex items-center gap-1 hover:text-zinc-900 dark:hover:text-white">
          {label}<span aria-hidden="true" className={state === "none" ? "opacity-40" : "text-indigo-600 dark:text-indigo-400"}>{state === "ascending" ? "↑" : state === "descending" ? "↓" : "↕"}</span>
        </Link>
      </th>
    );
  };
  return (
    <form action={followBackAction.bind(null, scope.handle, hrefWith(base, current, {}))} className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-zinc-600 dark:text-zinc-400">Select the fans you followed back in the app, then</span>
        <button className={primaryClass}>Follow back</button>
      </div>
      <div className={tableCardClass}>
        <table className="w-full min-w-[36rem] text-left text-sm">
          <thead className={theadClass}>
            <tr>
              <th scope="col" className="w-8 px-3 py-2"><SelectAll /></th>
              {header("handle", "Handle")}
              {header("date", "Follows you since")}
              <th scope="col" className="px-3 py-2 font-medium">Bot check</th>
              <th scope="col" className="px-3 py-2 font-medium">Follow back</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.handleKey} className={rowClass}>
                <td className={cellClass}><input type="checkbox" name="handleKey" value={r.handleKey} aria-label={`Select @${r.handle}`} className="size-4" /></td>
                <td className={cellClass}><Link href={`${accounts}/${encodeURIComponent(r.handleKey)}`} className="font-medium hover:text-indigo-600 hover:underline dark:hover:text-indigo-400">@{r.handle}</Link></td>
                <td className={mutedCellClass}>{formatDate(r.followerSince)}</td>
                <td className={cellClass}>{r.botLabel === "likely-bot" || r.botLabel === "suspicious" ? <LabelBadge label={r.botLabel} /> : null}</td>
                <td className={`${cellClass} text-xs text-zinc-500`}>{pending.has(r.handleKey) ? <span className="font-medium text-indigo-700 dark:text-indigo-300">Recorded, waiting for a snapshot</span> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <RelationshipPager page={page} basePath={base} query={current} />
    </form>
  );
}
