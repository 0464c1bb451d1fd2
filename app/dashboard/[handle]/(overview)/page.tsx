import type { Metadata } from "next";
import { Suspense } from "react";
import { CardsSkeleton, ChartSkeleton, ListSkeleton } from "@/components/skeletons";
import { TimeRangeFilter } from "@/components/time-range-filter";
import { dayOf, parseTimeRange, rangeBounds, timeRangeParams } from "@/lib/domain/time-range";
import { getOverview } from "@/lib/server/queries/get-overview";
import { requireScope } from "../../../require-viewer";
import { OverviewCards } from "./overview-cards";
import { OverviewCharts } from "./overview-charts";
import { AudienceQuality } from "./audience-quality";
import { LatestChanges } from "./latest-changes";
import { NoDataYet } from "./no-data-yet";

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `@${decodeURIComponent((await params).handle)}` };
}

export default async function OverviewPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const range = parseTimeRange(await searchParams);
  const overview = await getOverview(scope);
  if (!overview) return <NoDataYet handle={scope.handle} />;
  const base = `/dashboard/${encodeURIComponent(scope.handle)}`;
  return (
    <div className="space-y-6">
      <header className="flex flex-col gap-3 md:flex-row md:items-start md:justify-between">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">@{scope.handle}</h1>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">
            Last snapshot {new Date(overview.lastSnapshotAt ?? "").toUTCString().replace(" GMT", " UTC")}
          </p>
        </div>
        <TimeRangeFilter range={range} bounds={rangeBounds(range, dayOf(new Date(overview.lastSnapshotAt ?? Date.now())))} basePath={base} query={timeRangeParams(range)} />
      </header>
      <Suspense fallback={<CardsSkeleton count={6} />}>
        <OverviewCards scope={scope} overview={overview} />
      </Suspense>
      <Suspense key={JSON.stringify(range)} fallback={<ChartSkeleton />}>
        <OverviewCharts scope={scope} range={range} />
      </Suspense>
      <Suspense fallback={<ChartSkeleton />}>
        <AudienceQuality scope={scope} />
      </Suspense>
      <Suspense key={`latest-${JSON.stringify(range)}`} fallback={<ListSkeleton />}>
        <LatestChanges scope={scope} range={range} />
      </Suspense>
    </div>
  );
}
