import { RelationshipTable } from "@/components/relationship-table";
import type { RelationshipQuery } from "@/lib/domain/relationship-query";
import type { AccountScope } from "@/lib/server/access/account-scope";
import { findRelationships } from "@/lib/server/queries/find-relationships";

type Props = { scope: AccountScope; query: RelationshipQuery; basePath: string };

export async function RelationshipResults({ scope, query, basePath }: Props) {
  const page = await findRelationships(scope, query);
  const current: Record<string, string> = { kind: query.kind, sort: query.sort, page: String(query.page) };
  if (query.search) current.q = query.search;
  return (
    <RelationshipTable
      page={page}
      basePath={basePath}
      accountBasePath={`/dashboard/${encodeURIComponent(scope.handle)}/accounts`}
      csvHref={`${basePath}/export?kind=${query.kind}&format=csv`}
      query={current}
    />
  );
}
