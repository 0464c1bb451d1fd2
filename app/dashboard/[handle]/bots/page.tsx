import type { Metadata } from "next";
import { BotSummary } from "@/components/bots/bot-summary";
import { EmptyState } from "@/components/empty-state";
import { JobProgress } from "@/components/job-progress";
import { ProfileGapNote } from "@/components/bots/profile-gap-note";
import { parseBotQuery } from "@/lib/domain/bot-query";
import { topReasons } from "@/lib/domain/bot-summary";
import { BOT_SCORE_VERSION } from "@/lib/domain/bots/types";
import { findActiveJob } from "@/lib/server/jobs/get-job";
import { findBotScores } from "@/lib/server/queries/find-bot-scores";
import { getAudienceQuality } from "@/lib/server/queries/get-audience-quality";
import { getBotSummary } from "@/lib/server/queries/get-bot-summary";
import { requireScope } from "../../../require-viewer";
import { BotFilters } from "./bot-filters";
import { BotTable } from "./bot-table";
import { RescoreButton } from "./rescore-button";

export const metadata: Metadata = { title: "Bots" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BotsPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const raw = await searchParams;
  const query = parseBotQuery(raw);
  const base = `/dashboard/${encodeURIComponent(scope.handle)}/bots`;
  const summaryRead = getBotSummary(scope);
  const [summary, page, quality, job] = await Promise.all([
    summaryRead,
    summaryRead.then((summary) => findBotScores(scope, query, summary)),
    getAudienceQuality(scope),
    findActiveJob(scope.trackedAccountId, "rescore-bots"),
  ]);
  const notice = typeof raw.notice === "string" ? raw.notice.slice(0, 300) : null;
  const gapNote = quality && <ProfileGapNote noProfile={quality.confidence.noProfile} followers={quality.followers} handle={scope.handle} />;
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
      {notice && <p role="status" className="rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-900 dark:border-indigo-500/30 dark:bg-indigo-500/10 dark:text-indigo-200">{notice}</p>}
      {summary && summary.tally.total > 0 ? (
        <BotSummary tally={summary.tally} reasons={topReasons(summary.reasons)} base={base}>{gapNote}</BotSummary>
      ) : (
        <>
          {gapNote}
          {quality && <p className="text-sm text-zinc-600 dark:text-zinc-400">These scores were stored before the page kept a summary of them: rescore to see how many look like bots, and why.</p>}
        </>
      )}
      <BotFilters base={base} query={query} total={page.total} />
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
