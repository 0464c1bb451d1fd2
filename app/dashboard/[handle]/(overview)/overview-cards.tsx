import { StatCard } from "@/components/stat-card";
import type { OverviewCounts } from "@/lib/domain/view-types";
import type { AccountScope } from "@/lib/server/access/account-scope";

/** Totals of now: each opens its whole list (in a time range the list would not add up to the card's number). */
export function OverviewCards({ scope, overview }: { scope: AccountScope; overview: OverviewCounts }) {
  const base = `/dashboard/${encodeURIComponent(scope.handle)}/relationships`;
  return (
    <section aria-label="Summary" className="grid grid-cols-2 items-start gap-3 md:grid-cols-3 lg:grid-cols-6">
      <StatCard label="Followers" value={overview.followers} href={`${base}?kind=followers`} />
      <StatCard label="Following" value={overview.following} href={`${base}?kind=following`} />
      <StatCard label="Mutuals" value={overview.mutuals} href={`${base}?kind=mutuals`} />
      <StatCard label="Not following back" value={overview.notFollowingBack} href={`${base}?kind=not-following-back`} />
      <StatCard label="Net followers, 7 days" value={overview.net7.value} delta={overview.net7} signed />
      <StatCard label="Net followers, 28 days" value={overview.net28.value} delta={overview.net28} signed />
    </section>
  );
}
