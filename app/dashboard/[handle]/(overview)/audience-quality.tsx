import Link from "next/link";
import { ScoreHistogram } from "@/components/charts/score-histogram";
import { QualityTrend } from "@/components/charts/quality-trend";
import { ProfileGapNote } from "@/components/bots/profile-gap-note";
import { partPercent } from "@/lib/domain/bots/audience-confidence";
import type { AccountScope } from "@/lib/server/access/account-scope";
import { getAudienceQuality } from "@/lib/server/queries/get-audience-quality";

const card = "rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900";

export async function AudienceQuality({ scope }: { scope: AccountScope }) {
  const quality = await getAudienceQuality(scope);
  const bots = `/dashboard/${encodeURIComponent(scope.handle)}/bots`;
  if (!quality) {
    return (
      <section aria-label="Audience quality" className={card}>
        <h2 className="text-lg font-semibold">Audience quality</h2>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Not scored yet. <Link href={bots} className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400">Score your followers</Link>.</p>
      </section>
    );
  }
  const { counts, confidence } = quality;
  const confident = confidence.medium + confidence.high;
  const scored = confident + confidence.low;
  return (
    <section aria-label="Audience quality" className="space-y-3">
      <div className="flex items-baseline justify-between">
        <h2 className="text-lg font-semibold">Audience quality</h2>
        <Link href={bots} className="text-sm text-indigo-600 hover:underline dark:text-indigo-400">See who looks like a bot</Link>
      </div>
      <ProfileGapNote noProfile={confidence.noProfile} followers={quality.followers} handle={scope.handle} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className={card}>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">Followers that look real</p>
          <p className="mt-1 text-3xl font-semibold tabular-nums">{quality.realShare === null ? "—" : `${(quality.realShare * 100).toFixed(1)}%`}</p>
          <p className="mt-2 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
            {counts.likelyReal.toLocaleString("en-US")} likely real · {counts.suspicious.toLocaleString("en-US")} suspicious · {counts.likelyBot.toLocaleString("en-US")} likely bots
            {counts.unknown ? ` · ${counts.unknown.toLocaleString("en-US")} not enough data (left out)` : ""}
          </p>
          {quality.level && (
            <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-300">
              <span className="font-medium">Confidence: {quality.level}</span> ·{" "}
              {confident === 0 ? "none" : partPercent(confident, scored)} of the scored followers had a profile or follow history to judge by (medium or high confidence)
            </p>
          )}
        </div>
        <div className={card}>
          <h3 className="mb-2 text-sm font-medium text-zinc-600 dark:text-zinc-300">Bot score of followers</h3>
          <ScoreHistogram histogram={quality.histogram} />
        </div>
        <div className={card}>
          <h3 className="mb-2 text-sm font-medium text-zinc-600 dark:text-zinc-300">Looks-real share over time</h3>
          <QualityTrend points={quality.trend} />
          <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">Each snapshot&apos;s followers, judged by today&apos;s scores.</p>
        </div>
      </div>
    </section>
  );
}
