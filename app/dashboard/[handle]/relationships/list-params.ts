import type { RelationshipQuery } from "@/lib/domain/relationship-query";
import { timeRangeParams } from "@/lib/domain/time-range";

/** A relationship query back as the URL's search params (defaults left out), for links that change one of them. */
export function listParams(query: RelationshipQuery): Record<string, string> {
  return {
    kind: query.kind,
    sort: query.sort,
    page: String(query.page),
    ...(query.search ? { q: query.search } : {}),
    ...(query.label !== "all" ? { label: query.label } : {}),
    ...timeRangeParams(query.range),
  };
}
