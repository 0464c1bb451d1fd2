import type { Metadata } from "next";
import { Suspense } from "react";
import { RelationshipKindTabs } from "@/components/relationship-kind-tabs";
import { TableSkeleton } from "@/components/skeletons";
import { parseRelationshipQuery } from "@/lib/domain/relationship-query";
import { relationshipKinds, type RelationshipKind } from "@/lib/domain/types";
import { getOverview } from "@/lib/server/queries/get-overview";
import { requireScope } from "../../../require-viewer";
import { RelationshipResults } from "./relationship-results";

export const metadata: Metadata = { title: "Relationships" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RelationshipsPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const query = parseRelationshipQuery(await searchParams);
  const overview = await getOverview(scope);
  const basePath = `/dashboard/${encodeURIComponent(scope.handle)}/relationships`;
  const hrefFor = Object.fromEntries(relationshipKinds.map((k) => [k, `${basePath}?kind=${k}`])) as Record<RelationshipKind, string>;
  const counts = overview
    ? { followers: overview.followers, following: overview.following, mutuals: overview.mutuals, fans: overview.fans, "not-following-back": overview.notFollowingBack }
    : undefined;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Relationships</h1>
      <RelationshipKindTabs current={query.kind} hrefFor={hrefFor} counts={counts} />
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton />}>
        <RelationshipResults scope={scope} query={query} basePath={basePath} />
      </Suspense>
    </div>
  );
}
