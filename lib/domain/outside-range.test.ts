import { describe, expect, it } from "vitest";
import { outsideRangeHint, type OutsideRange } from "./outside-range";
import type { DayBounds } from "./time-range";
import type { RelationshipKind } from "./types";

const last7: DayBounds = { from: "2026-12-01", to: "2026-12-07" };
const older = (count: number, countIsLowerBound = false): OutsideRange => ({ count, countIsLowerBound, earliest: "2026-11-20", latest: "2026-11-29" });

describe("outsideRangeHint", () => {
  it.each<{ kind: RelationshipKind; outside: OutsideRange | null; bounds?: DayBounds; matching?: boolean; message: string | null; showing?: object }>([
    { kind: "new-followers", outside: older(3), message: "Your 3 new followers followed you before this range.", showing: { preset: "28d" } },
    { kind: "new-followers", outside: older(1), message: "Your 1 new follower followed you before this range." },
    { kind: "followers", outside: older(10_000, true), message: "Your 10,000+ followers followed you before this range." },
    { kind: "lost-followers", outside: older(2), message: "Your 2 lost followers left before this range." },
    { kind: "fans", outside: older(2), matching: true, message: "Your 2 matching fans followed you before this range." },
    { kind: "following", outside: older(1), message: "You followed 1 account before this range." },
    { kind: "not-following-back", outside: older(4), message: "You followed 4 accounts that don’t follow you back before this range." },
    { kind: "not-following-back", outside: older(1), message: "You followed 1 account that doesn’t follow you back before this range." },
    { kind: "mutuals", outside: older(5), bounds: { from: "2026-10-01", to: "2026-10-31" }, message: "Your 5 mutuals followed you after this range." },
    {
      kind: "mutuals",
      outside: { count: 2, countIsLowerBound: false, earliest: "2026-09-01", latest: "2026-11-29" },
      bounds: { from: "2026-10-01", to: "2026-10-31" },
      message: "Your 2 mutuals followed you outside this range.",
      showing: { preset: "365d" },
    },
    { kind: "followers", outside: older(0), message: null },
    { kind: "followers", outside: null, message: null },
  ])("$kind $outside.count → $message", ({ kind, outside, bounds, matching, message, showing }) => {
    const hint = outsideRangeHint(kind, outside, bounds ?? last7, "2026-12-07", matching);
    expect(hint?.message ?? null).toBe(message);
    if (showing) expect(hint?.showing).toEqual(showing);
  });
});
