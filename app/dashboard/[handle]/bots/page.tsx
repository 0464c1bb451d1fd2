import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/empty-state";
import { JobProgress } from "@/components/job-progress";
import { botLabelNames } from "@/components/bots/label-badge";
import { ProfileGapNote } from "@/components/bots/profile-gap-note";
import { botConfidences, botFilterParams, botLabels, parseBotQuery, type BotQuery } from "@/lib/domain/bot-query";
import { BOT_SCORE_VERSION } from "@/lib/domain/bots/types";
import { findActiveJob } from "@/lib/server/jobs/get-job";
import { findBotScores } from "@/lib/server/queries/find-bot-scores";
import { getAudienceQuality } from "@/lib/server/queries/get-audience-quality";
import { requireScope } from "../../../require-viewer";
import { BotTable } from "./bot-table";
import { RescoreButton } from "./rescore-button";

export const metadata: Metadata = { title: "Bots" };

const tab = (active: boolean) =>
  `rounded-lg px-3 py-1.5 text-sm ${active ? "bg-indigo-600 text-white" : "bg-white text-zinc-700 ring-1 ring-zinc-200 hover:bg-zinc-50 dark:bg-zinc-900 dark:text-zinc-300 dark:ring-zinc-800"}`;
const confidenceNames = { all: "Any", low: "Low", medium: "Medium", high: "High" } as const;

/** The page with one filter changed ("all" drops it); the other filters and the order are kept, the page is reset. */
function filterHref(base: string, query: BotQuery, change: Partial<Record<"label" | "confidence", string>>) {
  const params = new URLSearchParams({ ...botFilterParams(query), ...change, ...(query.sort !== "-score" ? { sort: query.sort } : {}) });
  for (const key of ["label", "confidence"]) if (params.get(key) === "all") params.delete(key);
  const text = params.toString();
  return text ? `${base}?${text}` : base;
}

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BotsPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const raw = await searchParams;
  const query = parseBotQuery(raw);
  const base = `/dashboard/${encodeURIComponent(scope.handle)}/bots`;
  const [page, quality, job] = await Promise.all([findBotScores(scope, query), getAudienceQuality(scope), findActiveJob(scope.trackedAccountId, "rescore-bots")]);
  const notice = typeof raw.notice === "string" ? raw.notice.slice(0, 300) : null;
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Bot-likeness</h1>
          <p className="max-w-2xl text-sm text-zinc-500 dark:text-zinc-400">
            Each account shows the signals that counted and their points, and how much evidence its score stands on (confidence); &ldquo;Unknown&rdquo; means there was nothing to go on.
            {quality ? ` Scored ${new Date(quality.scoredAt).toUTCString().replace(" GMT", " UTC")} with version ${quality.version}.` : ""}
            {quality && quality.version !== BOT_SCORE_VERSION ? " A newer scoring version exists: rescore to update." : ""}
          </p>
        </div>
        <RescoreButton handle={scope.handle} disabled={job !== null} />
      </header>
      {job && <JobProgress jobId={job.id} label="Rescoring accounts" />}
      {quality && <ProfileGapNote noProfile={quality.confidence.noProfile} followers={quality.followers} handle={scope.handle} />}
      {notice && <p role="status" className="rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-900 dark:border-indigo-500/30 dark:bg-indigo-500/10 dark:text-indigo-200">{notice}</p>}
      <nav aria-label="Label" className="flex flex-wrap gap-2">
        {(["all", ...botLabels] as const).map((label) => (
          <Link key={label} href={filterHref(base, query, { label })} aria-current={query.label === label ? "page" : undefined} className={tab(query.label === label)}>
            {label === "all" ? "All" : botLabelNames[label]}
          </Link>
        ))}
      </nav>
      <nav aria-label="Confidence" className="flex flex-wrap items-center gap-2">
        <span className="text-xs font-medium text-zinc-500 dark:text-zinc-400" aria-hidden="true">Confidence</span>
        {(["all", ...botConfidences] as const).map((confidence) => (
          <Link key={confidence} href={filterHref(base, query, { confidence })} aria-current={query.confidence === confidence ? "page" : undefined} className={tab(query.confidence === confidence)}>
            {confidenceNames[confidence]}
          </Link>
        ))}
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
        <input type="hidden" name="label" value={query.label} />
        <input type="hidden" name="confidence" value={query.confidence} />
        <label className="flex flex-col">Min score<input name="min" type="number" min={0} max={100} defaultValue={query.min} className="w-24 rounded-lg border border-zinc-300 px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900" /></label>
        <label className="flex flex-col">Max score<input name="max" type="number" min={0} max={100} defaultValue={query.max} className="w-24 rounded-lg border border-zinc-300 px-2 py-1.5 dark:border-zinc-700 dark:bg-zinc-900" /></label>
        <button type="submit" className="rounded-lg bg-zinc-900 px-3 py-1.5 font-medium text-white dark:bg-white dark:text-zinc-900">Filter</button>
        <a href={`${base}/export?${new URLSearchParams(botFilterParams(query)).toString()}`} className="ml-auto rounded-lg px-3 py-1.5 font-medium text-indigo-700 ring-1 ring-zinc-200 hover:bg-indigo-50 dark:text-indigo-300 dark:ring-zinc-800">Download CSV</a>
      </form>
      {page.total === 0 && !quality ? (
        <EmptyState title="No scores yet">
          <p>Score the accounts of @{scope.handle} to see which look like bots, and why.</p>
        </EmptyState>
      ) : (
        <BotTable handle={scope.handle} page={page} base={base} raw={raw} />
      )}
    </div>
  );
}
