import { OutsideRangeNote } from "@/components/outside-range-note";
import { hrefWith } from "@/components/relationship-query";
import { RelationshipTable } from "@/components/relationship-table";
import { rangeHref } from "@/components/time-range-href";
import { outsideRangeHint } from "@/lib/domain/outside-range";
import type { RelationshipQuery } from "@/lib/domain/relationship-query";
import { isAllTime, type DayBounds } from "@/lib/domain/time-range";
import type { AccountScope } from "@/lib/server/access/account-scope";
import { findOutsideRange } from "@/lib/server/queries/find-outside-range";
import { findRelationships } from "@/lib/server/queries/find-relationships";
import { listParams } from "./list-params";

type Props = { scope: AccountScope; query: RelationshipQuery; basePath: string; bounds: DayBounds };

export async function RelationshipResults({ scope, query, basePath, bounds }: Props) {
  const page = await findRelationships(scope, query);
  const current = listParams(query);
  const outside = page.total === 0 && !isAllTime(query.range) ? await findOutsideRange(scope, query) : null;
  const lastDay = bounds.to ?? new Date().toISOString().slice(0, 10);
  const hint = outsideRangeHint(query.kind, outside, bounds, lastDay, query.search !== "" || query.label !== "all");
  return (
    <div className="space-y-2">
      {query.kind === "lost-followers" ? (
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Scores cover only accounts still connected to you, so a lost follower has a bot check only if you still follow them.
        </p>
      ) : null}
      <RelationshipTable
        page={page}
        basePath={basePath}
        accountBasePath={`/dashboard/${encodeURIComponent(scope.handle)}/accounts`}
        csvHref={hrefWith(`${basePath}/export`, current, { page: null, format: "csv" })}
        query={current}
        emptyNote={
          hint ? { title: "Nothing in this range", body: <OutsideRangeNote hint={hint} hrefFor={(range) => rangeHref(basePath, current, range)} /> } : undefined
        }
      />
    </div>
  );
}
