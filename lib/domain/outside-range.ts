// Why a list is empty under a time range, when the same list has rows outside it, and which range shows them.
import { rangeShowing, type DayBounds, type TimeRange } from "./time-range";
import type { RelationshipKind } from "./types";

export type OutsideRange = { count: number; countIsLowerBound: boolean; earliest: string; latest: string };
export type OutsideRangeHint = { message: string; showing: TimeRange };

/** "Your 3 new followers", "You followed 1 account", sized to the count. */
function sentence(kind: RelationshipKind, n: string, one: boolean, matching: boolean): { subject: string; verb: string } {
  const m = matching ? "matching " : "";
  const your = (singular: string, many: string) => `Your ${n} ${m}${one ? singular : many}`;
  switch (kind) {
    case "followers":
      return { subject: your("follower", "followers"), verb: "followed you" };
    case "new-followers":
      return { subject: your("new follower", "new followers"), verb: "followed you" };
    case "fans":
      return { subject: your("fan", "fans"), verb: "followed you" };
    case "mutuals":
      return { subject: your("mutual", "mutuals"), verb: "followed you" };
    case "lost-followers":
      return { subject: your("lost follower", "lost followers"), verb: "left" };
    case "following":
      return { subject: `You followed ${n} ${m}${one ? "account" : "accounts"}`, verb: "" };
    case "not-following-back":
      return { subject: `You followed ${n} ${m}${one ? "account" : "accounts"} that ${one ? "doesn’t" : "don’t"} follow you back`, verb: "" };
  }
}

/**
 * "Your 3 new followers followed you before this range." and the smallest range that shows all of them; `matching`
 * when a search or label filter narrowed the list. Null when nothing lies outside.
 */
export function outsideRangeHint(
  kind: RelationshipKind,
  outside: OutsideRange | null,
  bounds: DayBounds,
  lastDay: string,
  matching = false,
): OutsideRangeHint | null {
  if (!outside || outside.count === 0) return null;
  const n = `${outside.count.toLocaleString("en-US")}${outside.countIsLowerBound ? "+" : ""}`;
  const { subject, verb } = sentence(kind, n, outside.count === 1 && !outside.countIsLowerBound, matching);
  const side =
    bounds.from !== null && outside.latest < bounds.from ? "before" : bounds.to !== null && outside.earliest > bounds.to ? "after" : "outside";
  return { message: `${[subject, verb].filter(Boolean).join(" ")} ${side} this range.`, showing: rangeShowing(outside.earliest, outside.latest, lastDay) };
}
