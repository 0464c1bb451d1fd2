import { LatestList } from "@/components/latest-list";
import { OutsideRangeNote } from "@/components/outside-range-note";
import { rangeHref } from "@/components/time-range-href";
import { outsideRangeHint } from "@/lib/domain/outside-range";
import { parseRelationshipQuery } from "@/lib/domain/relationship-query";
import { dayOf, isAllTime, rangeBounds, timeRangeParams, type TimeRange } from "@/lib/domain/time-range";
import type { RelationshipKind } from "@/lib/domain/types";
import type { AccountScope } from "@/lib/server/access/account-scope";
import { findOutsideRange } from "@/lib/server/queries/find-outside-range";
import { findFirstRelationships, findLatestSnapshot } from "@/lib/server/queries/find-relationships";

/** The latest new and lost followers in the range; an empty card says where they are when the range hides them. */
export async function LatestChanges({ scope, range }: { scope: AccountScope; range: TimeRange }) {
  const base = `/dashboard/${encodeURIComponent(scope.handle)}`;
  const lastDay = dayOf((await findLatestSnapshot(scope))?.takenAt ?? new Date());
  const latest = async (kind: RelationshipKind) => {
    const query = { ...parseRelationshipQuery({ kind, ...timeRangeParams(range) }), pageSize: 8 };
    const rows = await findFirstRelationships(scope, query);
    const outside = rows.length === 0 && !isAllTime(range) ? await findOutsideRange(scope, query) : null;
    const hint = outsideRangeHint(kind, outside, rangeBounds(range, lastDay), lastDay);
    return {
      rows,
      moreHref: `${base}/relationships?${new URLSearchParams({ kind, ...timeRangeParams(range) })}`,
      empty: hint ? <OutsideRangeNote hint={hint} hrefFor={(r) => rangeHref(base, {}, r)} /> : undefined,
    };
  };
  const [gained, lost] = await Promise.all([latest("new-followers"), latest("lost-followers")]);
  return (
    <section aria-label="Latest changes" className="grid gap-4 md:grid-cols-2">
      <LatestList title="Latest new followers" mode="gained" accountBasePath={`${base}/accounts`} {...gained} />
      <LatestList title="Latest lost followers" mode="lost" accountBasePath={`${base}/accounts`} {...lost} />
    </section>
  );
}
