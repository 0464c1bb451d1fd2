import type { Metadata } from "next";
import { Suspense } from "react";
import { hrefWith } from "@/components/relationship-query";
import { RelationshipSearch } from "@/components/relationship-search";
import { TableSkeleton } from "@/components/skeletons";
import { parseRelationshipQuery } from "@/lib/domain/relationship-query";
import { requireScope } from "../../../../require-viewer";
import { managerBase } from "../action-scope";
import { Notice } from "../notice";
import { FanResults } from "./fan-results";

export const metadata: Metadata = { title: "Fans" };

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FansPage({ params, searchParams }: Props) {
  const { scope } = await requireScope((await params).handle);
  const raw = await searchParams;
  const query = { ...parseRelationshipQuery(raw, "fans"), kind: "fans" as const };
  const base = `${managerBase(scope.handle)}/fans`;
  const current: Record<string, string> = { sort: query.sort, page: String(query.page), q: query.search };
  return (
    <div className="space-y-4">
      <Notice value={raw.notice} />
      <p className="max-w-3xl text-sm text-zinc-500 dark:text-zinc-400">
        They follow you; you do not follow them. &ldquo;Follow back&rdquo; records that you followed them. Followlens cannot follow anyone on
        TikTok for you: follow them in the TikTok app, and your next snapshot confirms it (a follow that does not show up becomes an alert).
      </p>
      <RelationshipSearch
        basePath={base}
        query={{ sort: query.sort }}
        search={query.search}
        csvHref={hrefWith(`/dashboard/${encodeURIComponent(scope.handle)}/relationships/export`, { kind: "fans", sort: query.sort, q: query.search, format: "csv" }, {})}
      />
      <Suspense key={JSON.stringify(query)} fallback={<TableSkeleton />}>
        <FanResults scope={scope} query={query} base={base} current={current} />
      </Suspense>
    </div>
  );
}
