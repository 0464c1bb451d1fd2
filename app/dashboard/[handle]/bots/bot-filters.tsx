import Link from "next/link";
import { botLabelNames } from "@/components/bots/label-badge";
import { formatNumber } from "@/components/format";
import { botConfidences, botFilterParams, botLabels, describeBotFilters, type BotQuery } from "@/lib/domain/bot-query";

const tab = (active: boolean) =>
  `rounded-lg px-3 py-1.5 text-sm ${active ? "bg-indigo-600 text-white" : "bg-white text-zinc-700 ring-1 ring-zinc-200 hover:bg-zinc-50 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800"}`;
const confidenceNames = { all: "Any", low: "Low", medium: "Medium", high: "High" } as const;
const caption = "w-20 text-xs font-medium text-zinc-600 dark:text-zinc-400";
const link = "font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300";

/** The page with one filter changed ("all" drops it); the other filters and the order are kept, the page is reset. */
function filterHref(base: string, query: BotQuery, change: Partial<Record<"label" | "confidence", string>>) {
  const params = new URLSearchParams({ ...botFilterParams(query), ...change, ...(query.sort !== "-score" ? { sort: query.sort } : {}) });
  for (const key of ["label", "confidence"]) if (params.get(key) === "all") params.delete(key);
  const text = params.toString();
  return text ? `${base}?${text}` : base;
}

/** The whole table again, in the same order. */
function clearHref(base: string, query: BotQuery) {
  return query.sort === "-score" ? base : `${base}?sort=${query.sort}`;
}

/**
 * The label and confidence tabs, the score range within them, and one line saying what the table shows and how
 * many accounts that is, with a way back to the whole table.
 */
export function BotFilters({ base, query, total }: { base: string; query: BotQuery; total: number }) {
  const filters = describeBotFilters(query);
  const tabFilters = describeBotFilters({ ...query, min: 0, max: 100 });
  return (
    <section aria-label="Filters" className="space-y-2">
      <nav aria-label="Label" className="flex flex-wrap items-center gap-2">
        <span className={caption} aria-hidden="true">Label</span>
        {(["all", ...botLabels] as const).map((label) => (
          <Link key={label} href={filterHref(base, query, { label })} aria-current={query.label === label ? "page" : undefined} className={tab(query.label === label)}>
            {label === "all" ? "All" : botLabelNames[label]}
          </Link>
        ))}
      </nav>
      <nav aria-label="Confidence" className="flex flex-wrap items-center gap-2">
        <span className={caption} aria-hidden="true">Confidence</span>
        {(["all", ...botConfidences] as const).map((confidence) => (
          <Link key={confidence} href={filterHref(base, query, { confidence })} aria-current={query.confidence === confidence ? "page" : undefined} className={tab(query.confidence === confidence)}>
            {confidenceNames[confidence]}
          </Link>
        ))}
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
        {query.label !== "all" && <input type="hidden" name="label" value={query.label} />}
        {query.confidence !== "all" && <input type="hidden" name="confidence" value={query.confidence} />}
        {query.sort !== "-score" && <input type="hidden" name="sort" value={query.sort} />}
        <fieldset aria-describedby="score-scope" className="flex flex-wrap items-end gap-2">
          <legend className="sr-only">Score range</legend>
          <span className={`${caption} self-center`} aria-hidden="true">Score</span>
          <label className="flex flex-col text-xs text-zinc-600 dark:text-zinc-400">Min<span className="sr-only"> score</span><input name="min" type="number" min={0} max={100} defaultValue={query.min} className="w-20 rounded-lg border border-zinc-300 px-2 py-1.5 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100" /></label>
          <label className="flex flex-col text-xs text-zinc-600 dark:text-zinc-400">Max<span className="sr-only"> score</span><input name="max" type="number" min={0} max={100} defaultValue={query.max} className="w-20 rounded-lg border border-zinc-300 px-2 py-1.5 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100" /></label>
          <button type="submit" className="rounded-lg bg-zinc-900 px-3 py-1.5 font-medium text-white dark:bg-white dark:text-zinc-900">Apply range</button>
          <p id="score-scope" className="self-center text-xs text-zinc-600 dark:text-zinc-400">
            Applies within the chosen tabs: {tabFilters.length ? tabFilters.join(" · ") : "all accounts"}.
          </p>
        </fieldset>
        <a href={`${base}/export?${new URLSearchParams(botFilterParams(query)).toString()}`} className="ml-auto rounded-lg px-3 py-1.5 font-medium text-indigo-700 ring-1 ring-zinc-200 hover:bg-indigo-50 dark:text-indigo-300 dark:ring-zinc-800">Download CSV</a>
      </form>
      <p id="bots-showing" className="text-sm text-zinc-700 dark:text-zinc-300">
        <span className="font-medium">Showing:</span> {filters.length ? filters.join(" · ") : "all accounts"} — {formatNumber(total)} {total === 1 ? "account" : "accounts"}
        {filters.length > 0 && <> · <Link href={clearHref(base, query)} className={link}>Clear filters</Link></>}
      </p>
    </section>
  );
}
