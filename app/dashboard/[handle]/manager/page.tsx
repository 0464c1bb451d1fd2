import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { hrefWith } from "@/components/relationship-query";
import { TableSkeleton } from "@/components/skeletons";
import { parseSuggestionQuery } from "@/lib/domain/manager/suggestion-query";
import { GRACE_PERIOD_HOURS, INACTIVE_AFTER_DAYS, suggestionReasonKinds, suggestionReasonNames } from "@/lib/domain/manager/suggestion-rules";
import { requireScope } from "../../../require-viewer";
import { managerBase } from "./action-scope";
import { Notice } from "./notice";
import { SuggestionResults } from "./suggestion-results";

export const metadata: Metadata = { title: "Following Manager" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SuggestionsPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const raw = await searchParams;
  const query = parseSuggestionQuery(raw);
  const base = managerBase(scope.handle);
  const current: Record<string, string> = { reason: query.reason === "all" ? "" : query.reason, sort: query.sort === "since" ? "" : query.sort, q: query.search, page: String(query.page) };
  return (
    <div className="space-y-4">
      <Notice value={raw.notice} />
      <section aria-labelledby="suggestion-rules" className="rounded-xl border border-zinc-200 bg-white p-4 text-sm text-zinc-600 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
        <h2 id="suggestion-rules" className="font-medium text-zinc-900 dark:text-zinc-100">Unfollow suggestions</h2>
        <p className="mt-1">
          Accounts you follow that do not follow you back, look bot-like (a bot score labelled Likely bot or Suspicious) or look inactive (no
          post in {INACTIVE_AFTER_DAYS} days, or no videos at all).
        </p>
        <ul className="mt-2 list-disc space-y-0.5 pl-5">
          <li><strong className="font-medium text-zinc-800 dark:text-zinc-200">Grace period:</strong> accounts you followed in the last {GRACE_PERIOD_HOURS} hours are never suggested. Give them time to follow back.</li>
          <li>Accounts on your <Link href={`${base}/keep`} className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400">keep list</Link> are never suggested.</li>
        </ul>
      </section>
      <nav aria-label="Reason" className="flex flex-wrap gap-2">
        {(["all", ...suggestionReasonKinds] as const).map((reason) => (
          <Link
            key={reason}
            href={hrefWith(base, current, { reason: reason === "all" ? null : reason, page: null })}
            aria-current={query.reason === reason ? "page" : undefined}
            className={`rounded-lg px-3 py-1.5 text-sm ${query.reason === reason ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "bg-white text-zinc-700 ring-1 ring-zinc-200 hover:bg-zinc-50 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800"}`}
          >
            {reason === "all" ? "All reasons" : suggestionReasonNames[reason]}
          </Link>
        ))}
      </nav>
      <form method="get" action={base} role="search" className="flex w-full max-w-md gap-2">
        {current.reason ? <input type="hidden" name="reason" value={current.reason} /> : null}
        {current.sort ? <input type="hidden" name="sort" value={current.sort} /> : null}
        <label htmlFor="suggestion-search" className="sr-only">Search handles</label>
        <input
          id="suggestion-search"
          type="search"
          name="q"
          defaultValue={query.search}
          placeholder="Search handles (starts with)…"
          autoComplete="off"
          spellCheck={false}
          className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 text-sm placeholder:text-zinc-400 focus:border-indigo-500 focus:outline-2 focus:outline-indigo-500/40 dark:border-zinc-700 dark:bg-zinc-900 dark:placeholder:text-zinc-500"
        />
        <button type="submit" className="rounded-lg bg-zinc-900 px-3 py-2 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-white">Search</button>
      </form>
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton />}>
        <SuggestionResults scope={scope} query={query} base={base} current={current} />
      </Suspense>
    </div>
  );
}
