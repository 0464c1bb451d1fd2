import { describe, expect, it } from "vitest";
import { bucketPoints, chartStep } from "./chart-buckets";
import type { DailyPoint } from "./view-types";

const point = (day: string, followers: number, gained = 0, lost = 0, extra: Partial<DailyPoint> = {}): DailyPoint => ({
  day, followers, following: 10, gained, lost, reconstructed: false, ...extra,
});

describe("chartStep", () => {
  it.each([
    [1, "day"], [120, "day"], [121, "week"], [731, "week"], [732, "month"], [2_600, "month"],
  ] as const)("%i days draw one point a %s", (days, step) => {
    expect(chartStep(days)).toBe(step);
  });
});

describe("bucketPoints", () => {
  it("leaves days as they are", () => {
    const days = [point("2026-03-01", 5, 1), point("2026-03-02", 6, 1)];
    expect(bucketPoints(days, "day").map((p) => [p.day, p.lastDay, p.followers])).toEqual([
      ["2026-03-01", "2026-03-01", 5],
      ["2026-03-02", "2026-03-02", 6],
    ]);
  });

  it("folds ISO weeks (Monday to Sunday), summing gains and losses and keeping the last day's counts", () => {
    // 1 Mar 2026 is a Sunday; 2 Mar a Monday; 8 Mar the next Sunday.
    const days = [point("2026-03-01", 10, 2, 0), point("2026-03-02", 12, 3, 1), point("2026-03-05", 11, 0, 1), point("2026-03-08", 15, 4, 0), point("2026-03-09", 15)];
    const weeks = bucketPoints(days, "week");
    expect(weeks.map((p) => ({ day: p.day, lastDay: p.lastDay, followers: p.followers, gained: p.gained, lost: p.lost }))).toEqual([
      { day: "2026-03-01", lastDay: "2026-03-01", followers: 10, gained: 2, lost: 0 },
      { day: "2026-03-02", lastDay: "2026-03-08", followers: 15, gained: 7, lost: 2 },
      { day: "2026-03-09", lastDay: "2026-03-09", followers: 15, gained: 0, lost: 0 },
    ]);
  });

  it("folds months and marks a step estimated only when its last day is", () => {
    const days = [
      point("2025-12-31", 3, 1, 0, { reconstructed: true }),
      point("2026-01-01", 4, 1, 0, { reconstructed: true }),
      point("2026-01-31", 9, 5, 0),
      point("2026-02-01", 9, 0, 0),
    ];
    expect(bucketPoints(days, "month").map((p) => [p.day, p.followers, p.gained, p.reconstructed])).toEqual([
      ["2025-12-31", 3, 1, true],
      ["2026-01-01", 9, 6, false],
      ["2026-02-01", 9, 0, false],
    ]);
  });

  it("folds the period before the same way, from the first day that has one", () => {
    const days = [
      point("2026-01-05", 10, 0, 0, { previous: null }),
      point("2026-01-06", 11, 1, 0, { previous: { day: "2025-12-06", followers: 7, gained: 2, lost: 1 } }),
      point("2026-01-07", 12, 1, 0, { previous: { day: "2025-12-07", followers: 8, gained: 1, lost: 0 } }),
    ];
    expect(bucketPoints(days, "week")[0]?.previous).toEqual({ day: "2025-12-07", followers: 8, gained: 3, lost: 1 });
  });

  it("does not change the points it was given", () => {
    const days = [point("2026-03-02", 1, 1), point("2026-03-03", 2, 1)];
    bucketPoints(days, "week");
    expect(days[0]).toEqual(point("2026-03-02", 1, 1));
  });
});
