import type { Metadata } from "next";
import { Suspense } from "react";
import { BotLabelFilter } from "@/components/bot-label-filter";
import { RelationshipKindTabs } from "@/components/relationship-kind-tabs";
import { TableSkeleton } from "@/components/skeletons";
import { TimeRangeFilter } from "@/components/time-range-filter";
import { parseRelationshipQuery } from "@/lib/domain/relationship-query";
import { dayOf, isAllTime, rangeBounds } from "@/lib/domain/time-range";
import { relationshipKinds, type RelationshipKind } from "@/lib/domain/types";
import { getOverview } from "@/lib/server/queries/get-overview";
import { requireScope } from "../../../require-viewer";
import { listParams } from "./list-params";
import { RelationshipResults } from "./relationship-results";

export const metadata: Metadata = { title: "Relationships" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RelationshipsPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const query = parseRelationshipQuery(await searchParams);
  const overview = await getOverview(scope);
  const basePath = `/dashboard/${encodeURIComponent(scope.handle)}/relationships`;
  const current = listParams(query);
  // Another list keeps the range and the label filter; its search, order and page start afresh.
  const tabQuery = new URLSearchParams(Object.entries(current).filter(([key]) => !["kind", "q", "sort", "page"].includes(key)));
  const hrefFor = Object.fromEntries(
    relationshipKinds.map((k) => [k, `${basePath}?${new URLSearchParams([["kind", k], ...tabQuery])}`]),
  ) as Record<RelationshipKind, string>;
  // The stored counts are of whole lists: beside a narrowed list they would not match its total.
  const counts =
    overview && isAllTime(query.range) && query.label === "all"
      ? { followers: overview.followers, following: overview.following, mutuals: overview.mutuals, fans: overview.fans, "not-following-back": overview.notFollowingBack }
      : undefined;
  const bounds = rangeBounds(query.range, dayOf(overview?.lastSnapshotAt ? new Date(overview.lastSnapshotAt) : new Date()));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Relationships</h1>
      <RelationshipKindTabs current={query.kind} hrefFor={hrefFor} counts={counts} />
      <div className="flex flex-col gap-3 lg:flex-row lg:items-start lg:justify-between">
        <TimeRangeFilter range={query.range} bounds={bounds} basePath={basePath} query={current} />
        <BotLabelFilter current={query.label} basePath={basePath} query={current} />
      </div>
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton />}>
        <RelationshipResults scope={scope} query={query} basePath={basePath} bounds={bounds} />
      </Suspense>
    </div>
  );
}
