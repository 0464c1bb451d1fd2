import { FollowerChart } from "@/components/charts/follower-chart";
import { GainLossChart } from "@/components/charts/gain-loss-chart";
import { RangeTabs } from "@/components/range-tabs";
import type { ChartRange } from "@/lib/domain/view-types";
import type { AccountScope } from "@/lib/server/access/account-scope";
import { getDailySeries } from "@/lib/server/queries/get-daily-series";

const ranges: ChartRange[] = ["7", "28", "90", "365", "all"];

export async function OverviewCharts({ scope, range }: { scope: AccountScope; range: ChartRange }) {
  const points = await getDailySeries(scope, range);
  const base = `/dashboard/${encodeURIComponent(scope.handle)}`;
  const hrefFor = Object.fromEntries(ranges.map((r) => [r, `${base}?range=${r}`])) as Record<ChartRange, string>;
  return (
    <section aria-label="Follower history" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">Follower history</h2>
        <RangeTabs current={range} hrefFor={hrefFor} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <h3 className="mb-2 text-sm font-medium text-zinc-600 dark:text-zinc-300">Followers</h3>
          <FollowerChart points={points} />
        </div>
        <div className="rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
          <h3 className="mb-2 text-sm font-medium text-zinc-600 dark:text-zinc-300">Gained and lost per day</h3>
          <GainLossChart points={points} />
        </div>
      </div>
    </section>
  );
}
