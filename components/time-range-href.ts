import { timeRangeParams, type TimeRange } from "@/lib/domain/time-range";
import { hrefWith } from "./relationship-query";

/** The same page with another time range (and back on its first page). */
export function rangeHref(basePath: string, query: Record<string, string>, range: TimeRange): string {
  return hrefWith(basePath, query, { range: null, from: null, to: null, page: null, ...timeRangeParams(range) });
}
