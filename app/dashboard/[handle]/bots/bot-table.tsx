import Link from "next/link";
import { ConfidenceBadge } from "@/components/bots/confidence-badge";
import { LabelBadge } from "@/components/bots/label-badge";
import { ReasonList } from "@/components/bots/reason-list";
import type { BotPage } from "@/lib/server/queries/find-bot-scores";
import { addToListAction } from "./actions";

type Props = { handle: string; page: BotPage; base: string; raw: Record<string, string | string[] | undefined> };

function hrefWith(base: string, raw: Props["raw"], changes: Record<string, string>) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && k !== "notice") params.set(k, v);
  for (const [k, v] of Object.entries(changes)) params.set(k, v);
  return `${base}?${params.toString()}`;
}

/** A column header that sorts by its column: descending first, then ascending. */
function SortLink({ column, title, page, base, raw }: { column: "score" | "confidence"; title: string } & Pick<Props, "page" | "base" | "raw">) {
  const sort = page.query.sort;
  const active = sort === column || sort === `-${column}`;
  return (
    <th className="px-3 py-2" aria-sort={!active ? undefined : sort === column ? "ascending" : "descending"}>
      <Link href={hrefWith(base, raw, { sort: sort === `-${column}` ? column : `-${column}`, page: "1" })}>
        {title} {active ? (sort === column ? "↑" : "↓") : ""}
      </Link>
    </th>
  );
}

export function BotTable({ handle, page, base, raw }: Props) {
  const { query, total, rows } = page;
  const pages = Math.max(1, Math.ceil(total / query.pageSize));
  const returnTo = hrefWith(base, raw, {});
  return (
    <form action={addToListAction.bind(null, handle, returnTo)} className="space-y-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-zinc-600 dark:text-zinc-400">Select some to</span>
        <button name="list" value="unfollow" className="rounded-lg px-3 py-1.5 font-medium ring-1 ring-zinc-300 hover:bg-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800">Add to unfollow list</button>
        <button name="list" value="remove" className="rounded-lg px-3 py-1.5 font-medium ring-1 ring-zinc-300 hover:bg-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800">Add to remove list</button>
      </div>
      <div className="relative overflow-x-auto rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <table aria-describedby="bots-showing" className="w-full text-left text-sm">
          <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
            <tr>
              <th className="w-8 px-3 py-2"><span className="sr-only">Select</span></th>
              <th className="px-3 py-2">Handle</th>
              <SortLink column="score" title="Score" page={page} base={base} raw={raw} />
              <SortLink column="confidence" title="Confidence" page={page} base={base} raw={raw} />
              <th className="px-3 py-2">Why</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.handleKey} className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800/60">
                <td className="px-3 py-2"><input type="checkbox" name="handleKey" value={r.handleKey} aria-label={`Select @${r.handle}`} className="size-4" /></td>
                <td className="px-3 py-2">
                  <Link href={`/dashboard/${encodeURIComponent(handle)}/accounts/${encodeURIComponent(r.handleKey)}`} className="font-medium hover:underline">@{r.handle}</Link>
                  <div className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
                    {[r.isFollower && "follows you", r.isFollowing && "you follow", r.list && `on ${r.list} list`].filter(Boolean).join(" · ")}
                  </div>
                </td>
                <td className="whitespace-nowrap px-3 py-2"><span className="mr-2 font-semibold tabular-nums">{r.score ?? "—"}</span><LabelBadge label={r.label} /></td>
                <td className="px-3 py-2"><ConfidenceBadge confidence={r.confidence} /></td>
                <td className="px-3 py-2"><ReasonList reasons={r.reasons} subject={`@${r.handle}`} /></td>
              </tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={5} className="px-3 py-8 text-center text-zinc-500 dark:text-zinc-400">No account matches these filters.</td></tr>}
          </tbody>
        </table>
      </div>
      <nav aria-label="Pages" className="flex items-center justify-between text-sm">
        <span className="text-zinc-600 dark:text-zinc-400">Page {query.page} of {pages}</span>
        <span className="flex gap-2">
          {query.page > 1 && <Link className="rounded-lg px-3 py-1.5 ring-1 ring-zinc-300 dark:ring-zinc-700" href={hrefWith(base, raw, { page: String(query.page - 1) })}>← Previous</Link>}
          {query.page < pages && <Link className="rounded-lg px-3 py-1.5 ring-1 ring-zinc-300 dark:ring-zinc-700" href={hrefWith(base, raw, { page: String(query.page + 1) })}>Next →</Link>}
        </span>
      </nav>
    </form>
  );
}
