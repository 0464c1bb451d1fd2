import { describe, expect, it } from "vitest";
import { fillDailyKinds } from "./fill-daily-kinds";

describe("fillDailyKinds", () => {
  const until = new Date("2026-05-04T18:30:00Z");

  it("gives every day of the range, oldest first, with zeros", () => {
    const rows = fillDailyKinds([], until, 3);
    expect(rows.map((r) => r.day)).toEqual(["2026-05-02", "2026-05-03", "2026-05-04"]);
    expect(rows[0]?.["churn-ring"]).toBe(0);
    expect(rows[0]?.["platform-incident"]).toBe(0);
  });

  it.each([
    [{ day: "2026-05-03", kind: "churn-ring", n: 2 }, "2026-05-03", "churn-ring", 2],
    [{ day: "2026-05-04", kind: "follower-burst", n: 5 }, "2026-05-04", "follower-burst", 5],
    [{ day: "2026-04-01", kind: "churn-ring", n: 9 }, "2026-05-02", "churn-ring", 0],
    [{ day: "2026-05-03", kind: "mystery", n: 9 }, "2026-05-03", "churn-ring", 0],
  ] as const)("%j → %s %s = %i", (count, day, kind, expected) => {
    const rows = fillDailyKinds([count], until, 3);
    expect(rows.find((r) => r.day === day)?.[kind]).toBe(expected);
  });

  it("crosses a month and a year boundary", () => {
    expect(fillDailyKinds([], new Date("2026-01-01T00:00:00Z"), 2).map((r) => r.day)).toEqual(["2025-12-31", "2026-01-01"]);
  });
});
