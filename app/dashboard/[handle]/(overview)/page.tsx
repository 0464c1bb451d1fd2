import type { Metadata } from "next";
import { Suspense } from "react";
import { CardsSkeleton, ChartSkeleton, ListSkeleton } from "@/components/skeletons";
import type { ChartRange } from "@/lib/domain/view-types";
import { getOverview } from "@/lib/server/queries/get-overview";
import { requireScope } from "../../../require-viewer";
import { OverviewCards } from "./overview-cards";
import { OverviewCharts } from "./overview-charts";
import { AudienceQuality } from "./audience-quality";
import { LatestChanges } from "./latest-changes";
import { NoDataYet } from "./no-data-yet";

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<{ range?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `@${decodeURIComponent((await params).handle)}` };
}

const ranges: ChartRange[] = ["7", "28", "90", "365", "all"];

export default async function OverviewPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const rawRange = (await searchParams).range;
  const range = ranges.find((r) => r === rawRange) ?? "90";
  const overview = await getOverview(scope);
  if (!overview) return <NoDataYet handle={scope.handle} />;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">@{scope.handle}</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Last snapshot {new Date(overview.lastSnapshotAt ?? "").toUTCString().replace(" GMT", " UTC")}
        </p>
      </header>
      <Suspense fallback={<CardsSkeleton count={6} />}>
        <OverviewCards scope={scope} overview={overview} />
      </Suspense>
      <Suspense key={range} fallback={<ChartSkeleton />}>
        <OverviewCharts scope={scope} range={range} />
      </Suspense>
      <Suspense fallback={<ChartSkeleton />}>
        <AudienceQuality scope={scope} />
      </Suspense>
      <Suspense fallback={<ListSkeleton />}>
        <LatestChanges scope={scope} />
      </Suspense>
    </div>
  );
}
