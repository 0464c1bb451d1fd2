import { FollowerChart } from "@/components/charts/follower-chart";
import { GainLossChart } from "@/components/charts/gain-loss-chart";
import { QuietRangeNote } from "@/components/charts/quiet-range-note";
import { rangeHref } from "@/components/time-range-href";
import { bucketPoints, chartStep, stepWords } from "@/lib/domain/chart-buckets";
import { timeRangeParams, type TimeRange } from "@/lib/domain/time-range";
import type { AccountScope } from "@/lib/server/access/account-scope";
import { getDailySeries } from "@/lib/server/queries/get-daily-series";

const card = "rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900";

export async function OverviewCharts({ scope, range }: { scope: AccountScope; range: TimeRange }) {
  const series = await getDailySeries(scope, range);
  const base = `/dashboard/${encodeURIComponent(scope.handle)}`;
  // The charts draw days, weeks or months by the range's length (a browser draws a few hundred bars, not 2,600
  // days); their CSV keeps every day.
  const step = chartStep(series.points.length);
  const points = bucketPoints(series.points, step);
  const csv = (chart: string) => `${base}/history/export?${new URLSearchParams({ chart, ...timeRangeParams(range) })}`;
  return (
    <section aria-label="Follower history" className="space-y-3">
      <h2 className="text-lg font-semibold">Follower history</h2>
      <QuietRangeNote series={series} hrefFor={(r) => rangeHref(base, {}, r)} />
      {/* A range outside the history has nothing to draw: the note above says so, not "no history yet". */}
      {series.lastDay && !series.window ? null : (
        <div className="grid gap-4 lg:grid-cols-2">
          <div className={card}>
            <h3 className="mb-2 text-sm font-medium text-zinc-600 dark:text-zinc-300">Followers</h3>
            <FollowerChart points={points} step={step} previousWindow={series.previousWindow} downloadHref={csv("followers")} />
          </div>
          <div className={card}>
            <h3 className="mb-2 text-sm font-medium text-zinc-600 dark:text-zinc-300">Gained and lost {stepWords(step)}</h3>
            <GainLossChart points={points} step={step} previousWindow={series.previousWindow} downloadHref={csv("gain-loss")} />
          </div>
        </div>
      )}
    </section>
  );
}
