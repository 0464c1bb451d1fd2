import { LatestList } from "@/components/latest-list";
import { parseRelationshipQuery } from "@/lib/domain/relationship-query";
import type { AccountScope } from "@/lib/server/access/account-scope";
import { findRelationships } from "@/lib/server/queries/find-relationships";

export async function LatestChanges({ scope }: { scope: AccountScope }) {
  const base = `/dashboard/${encodeURIComponent(scope.handle)}`;
  const [gained, lost] = await Promise.all([
    findRelationships(scope, { ...parseRelationshipQuery({ kind: "new-followers" }), pageSize: 8 }),
    findRelationships(scope, { ...parseRelationshipQuery({ kind: "lost-followers" }), pageSize: 8 }),
  ]);
  return (
    <section aria-label="Latest changes" className="grid gap-4 md:grid-cols-2">
      <LatestList title="Latest new followers" rows={gained.rows} mode="gained" accountBasePath={`${base}/accounts`} moreHref={`${base}/relationships?kind=new-followers`} />
      <LatestList title="Latest lost followers" rows={lost.rows} mode="lost" accountBasePath={`${base}/accounts`} moreHref={`${base}/relationships?kind=lost-followers`} />
    </section>
  );
}
