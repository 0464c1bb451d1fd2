import { describe, expect, it } from "vitest";
import { fillDailySeries, netChange, withPreviousPeriod, type DailyStatRow } from "./daily-series";

const row = (day: string, followers: number, gained = 0, lost = 0): DailyStatRow => ({ day, followers, following: 0, gainedFollowers: gained, lostFollowers: lost });

describe("fillDailySeries", () => {
  const rows = [row("2026-01-01", 5, 5), row("2026-01-03", 7, 3, 1), row("2026-01-06", 6, 0, 1)];
  it.each([
    { from: "2026-01-01", to: "2026-01-04", followers: [5, 5, 7, 7], gained: [5, 0, 3, 0] },
    { from: "2026-01-02", to: "2026-01-03", followers: [5, 7], gained: [0, 3] },
    { from: "2026-01-05", to: "2026-01-07", followers: [7, 6, 6], gained: [0, 0, 0] },
  ])("carries totals across empty days from $from to $to", ({ from, to, followers, gained }) => {
    const points = fillDailySeries(rows, from, to, "2026-01-03");
    expect(points.map((p) => p.followers)).toEqual(followers);
    expect(points.map((p) => p.gained)).toEqual(gained);
  });
  it("marks days before the first snapshot as reconstructed", () => {
    const points = fillDailySeries(rows, "2026-01-01", "2026-01-04", "2026-01-03");
    expect(points.map((p) => p.reconstructed)).toEqual([true, true, false, false]);
  });
  it("handles no rows at all", () => {
    expect(fillDailySeries([], "2026-01-01", "2026-01-02", null).map((p) => p.followers)).toEqual([0, 0]);
  });
});

describe("withPreviousPeriod", () => {
  const rows = [row("2026-01-01", 5, 5), row("2026-01-03", 7, 3, 1), row("2026-01-06", 6, 0, 1)];
  const current = fillDailySeries(rows, "2026-01-05", "2026-01-07", "2026-01-01");
  it.each([
    { from: "2026-01-02", to: "2026-01-04", firstDataDay: "2026-01-01", followers: [5, 7, 7], days: ["2026-01-02", "2026-01-03", "2026-01-04"] },
    // Days before the history starts carry no overlay (not a line at zero).
    { from: "2025-12-31", to: "2026-01-02", firstDataDay: "2026-01-01", followers: [null, 5, 5], days: [null, "2026-01-01", "2026-01-02"] },
    // A previous period shorter than the chart (none at all) leaves the rest bare.
    { from: "2026-01-03", to: "2026-01-04", firstDataDay: "2026-01-01", followers: [7, 7, null], days: ["2026-01-03", "2026-01-04", null] },
  ])("previous $from – $to", ({ from, to, firstDataDay, followers, days }) => {
    const points = withPreviousPeriod(current, fillDailySeries(rows, from, to, "2026-01-01"), firstDataDay);
    expect(points.map((p) => p.previous?.followers ?? null)).toEqual(followers);
    expect(points.map((p) => p.previous?.day ?? null)).toEqual(days);
    expect(points.map((p) => p.followers)).toEqual([7, 6, 6]);
  });
  it("keeps the previous day's gains and losses", () => {
    const [first] = withPreviousPeriod(current, fillDailySeries(rows, "2026-01-03", "2026-01-05", "2026-01-01"), "2026-01-01");
    expect(first?.previous).toEqual({ day: "2026-01-03", followers: 7, gained: 3, lost: 1 });
  });
});

describe("netChange", () => {
  const rows = [row("2026-01-01", 0, 4), row("2026-01-05", 0, 2, 1), row("2026-01-08", 0, 1, 3), row("2026-01-10", 0, 5)];
  it.each([
    { last: "2026-01-10", days: 3, value: 3, previous: 1, first: "2026-01-01" },
    { last: "2026-01-10", days: 5, value: 3, previous: 5, first: "2026-01-01" },
    { last: "2026-01-10", days: 7, value: 4, previous: null, first: "2026-01-01" },
  ])("over $days days", ({ last, days, value, previous, first }) => {
    expect(netChange(rows, last, days, first)).toEqual({ value, previous });
  });
});
