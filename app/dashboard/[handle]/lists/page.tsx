import type { Metadata } from "next";
import Link from "next/link";
import { LabelBadge } from "@/components/bots/label-badge";
import { EmptyState } from "@/components/empty-state";
import { formatDate } from "@/components/format";
import { parseListName } from "@/lib/server/lists/add-to-list";
import { streamListEntries } from "@/lib/server/lists/find-list-entries";
import { requireScope } from "../../../require-viewer";
import { removeFromListAction } from "./actions";

export const metadata: Metadata = { title: "Lists" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ list?: string; notice?: string }> };

const titles = { keep: "Keep list", unfollow: "Unfollow list", remove: "Remove list" } as const;
const hints = {
  keep: "Accounts you follow and want to stay connected to. If one disappears from your following without an unfollow recorded by you, it becomes an unexpected-unfollow alert.",
  unfollow: "Accounts you follow and mean to unfollow. Unfollow them in the app at your own pace.",
  remove: "Followers you mean to remove (for example bot-like ones).",
} as const;

export default async function ListsPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const sp = await searchParams;
  const list = parseListName(sp.list);
  const base = `/dashboard/${encodeURIComponent(scope.handle)}/lists`;
  // The first chunk (5,000 entries, newest first) is shown; the CSV has them all.
  const first = await streamListEntries(scope, list).next();
  const rows = first.done ? [] : first.value;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Your lists</h1>
      <nav aria-label="Lists" className="flex flex-wrap gap-2">
        {(["keep", "unfollow", "remove"] as const).map((name) => (
          <Link key={name} href={`${base}?list=${name}`} aria-current={name === list ? "page" : undefined}
            className={`rounded-lg px-3 py-1.5 text-sm ${name === list ? "bg-indigo-600 text-white" : "bg-white ring-1 ring-zinc-200 dark:bg-zinc-900 dark:ring-zinc-800"}`}>
            {titles[name]}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-zinc-500 dark:text-zinc-400">{hints[list]}</p>
      {sp.notice && <p role="status" className="rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-900 dark:border-indigo-500/30 dark:bg-indigo-500/10 dark:text-indigo-200">{sp.notice.slice(0, 300)}</p>}
      {rows.length === 0 ? (
        <EmptyState title={`Your ${list} list is empty`}>
          <p>
            Add accounts from the{" "}
            {list === "remove" ? (
              <Link className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400" href={`/dashboard/${encodeURIComponent(scope.handle)}/bots`}>bots view</Link>
            ) : (
              <Link className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400" href={`/dashboard/${encodeURIComponent(scope.handle)}/manager`}>Following Manager</Link>
            )}
            .
          </p>
        </EmptyState>
      ) : (
        <form action={removeFromListAction.bind(null, scope.handle)} className="space-y-3">
          <input type="hidden" name="list" value={list} />
          <div className="flex items-center gap-2 text-sm">
            <span className="text-zinc-600 dark:text-zinc-400">{rows.length.toLocaleString("en-US")} accounts</span>
            <button className="rounded-lg px-3 py-1.5 font-medium ring-1 ring-zinc-300 hover:bg-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800">Take selected off the list</button>
            <a href={`${base}/export?list=${list}`} className="ml-auto rounded-lg px-3 py-1.5 font-medium text-indigo-700 ring-1 ring-zinc-200 dark:text-indigo-300 dark:ring-zinc-800">Download CSV</a>
          </div>
          <div className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
                <tr><th className="w-8 px-3 py-2"><span className="sr-only">Select</span></th><th className="px-3 py-2">Handle</th><th className="px-3 py-2">Bot score</th><th className="px-3 py-2">Added</th></tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.handleKey} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800/60">
                    <td className="px-3 py-2"><input type="checkbox" name="handleKey" value={r.handleKey} aria-label={`Select @${r.handle}`} className="size-4" /></td>
                    <td className="px-3 py-2"><Link className="font-medium hover:underline" href={`/dashboard/${encodeURIComponent(scope.handle)}/accounts/${encodeURIComponent(r.handleKey)}`}>@{r.handle}</Link></td>
                    <td className="px-3 py-2"><span className="mr-2 tabular-nums">{r.score ?? "—"}</span>{r.label && <LabelBadge label={r.label} />}</td>
                    <td className="px-3 py-2 text-zinc-600 dark:text-zinc-400">{formatDate(r.addedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </form>
      )}
    </div>
  );
}
