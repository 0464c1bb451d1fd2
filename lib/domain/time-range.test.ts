import { describe, expect, it } from "vitest";
import {
  chartWindow,
  parseDay,
  parseTimeRange,
  presetLabel,
  previousWindow,
  rangeBounds,
  rangeShowing,
  sameRange,
  timeRangeParams,
  type TimeRange,
} from "./time-range";

describe("parseDay", () => {
  it.each([
    ["2026-11-30", "2026-11-30"],
    ["2024-02-29", "2024-02-29"],
    ["2025-02-29", null],
    ["2026-13-01", null],
    ["2026-1-01", null],
    ["30/11/2026", null],
    ["2026-11-30T00:00:00Z", null],
    ["", null],
    [undefined, null],
  ])("%s → %s", (raw, expected) => {
    expect(parseDay(raw)).toBe(expected);
  });
});

describe("parseTimeRange", () => {
  it.each<{ params: Record<string, string | string[] | undefined>; expected: TimeRange }>([
    { params: {}, expected: { preset: "all" } },
    { params: { range: "7d" }, expected: { preset: "7d" } },
    { params: { range: "365d" }, expected: { preset: "365d" } },
    { params: { range: "all" }, expected: { preset: "all" } },
    { params: { range: "28" }, expected: { preset: "28d" } },
    { params: { range: "1y" }, expected: { preset: "365d" } },
    { params: { range: "8d" }, expected: { preset: "all" } },
    { params: { range: ["90d", "7d"] }, expected: { preset: "90d" } },
    { params: { from: "2026-11-01", to: "2026-11-30" }, expected: { from: "2026-11-01", to: "2026-11-30" } },
    { params: { from: "2026-11-30", to: "2026-11-01" }, expected: { from: "2026-11-01", to: "2026-11-30" } },
    { params: { from: "2026-11-01" }, expected: { from: "2026-11-01", to: null } },
    { params: { to: "2026-11-30", range: "7d" }, expected: { from: null, to: "2026-11-30" } },
    { params: { from: "2026-11-31", range: "7d" }, expected: { preset: "7d" } },
    { params: { from: "'; drop", to: "nope" }, expected: { preset: "all" } },
  ])("$params", ({ params, expected }) => {
    expect(parseTimeRange(params)).toEqual(expected);
  });
});

describe("timeRangeParams", () => {
  it.each<{ range: TimeRange; expected: Record<string, string> }>([
    { range: { preset: "all" }, expected: {} },
    { range: { preset: "7d" }, expected: { range: "7d" } },
    { range: { from: "2026-11-01", to: "2026-11-30" }, expected: { from: "2026-11-01", to: "2026-11-30" } },
    { range: { from: null, to: "2026-11-30" }, expected: { to: "2026-11-30" } },
    { range: { from: null, to: null }, expected: {} },
  ])("$range", ({ range, expected }) => {
    expect(timeRangeParams(range)).toEqual(expected);
    // What is written reads back as the same range.
    expect(sameRange(parseTimeRange(timeRangeParams(range)), range)).toBe(true);
  });
});

describe("rangeBounds", () => {
  it.each<{ range: TimeRange; expected: { from: string | null; to: string | null } }>([
    { range: { preset: "7d" }, expected: { from: "2026-12-01", to: "2026-12-07" } },
    { range: { preset: "28d" }, expected: { from: "2026-11-10", to: "2026-12-07" } },
    { range: { preset: "365d" }, expected: { from: "2025-12-08", to: "2026-12-07" } },
    { range: { preset: "all" }, expected: { from: null, to: null } },
    { range: { from: "2026-01-01", to: null }, expected: { from: "2026-01-01", to: null } },
  ])("$range ending 7 Dec", ({ range, expected }) => {
    expect(rangeBounds(range, "2026-12-07")).toEqual(expected);
  });
});

describe("chartWindow and previousWindow", () => {
  it.each<{ range: TimeRange; window: { from: string; to: string } | null; previous: { from: string; to: string } | null }>([
    { range: { preset: "7d" }, window: { from: "2026-12-01", to: "2026-12-07" }, previous: { from: "2026-11-24", to: "2026-11-30" } },
    // Cut to the data: the 90 days before a history of 40 are not drawn, and the previous period is as long as what is.
    { range: { preset: "90d" }, window: { from: "2026-10-29", to: "2026-12-07" }, previous: { from: "2026-09-19", to: "2026-10-28" } },
    { range: { preset: "all" }, window: { from: "2026-10-29", to: "2026-12-07" }, previous: null },
    { range: { from: "2026-11-01", to: "2026-11-30" }, window: { from: "2026-11-01", to: "2026-11-30" }, previous: { from: "2026-10-02", to: "2026-10-31" } },
    { range: { from: "2026-12-01", to: null }, window: { from: "2026-12-01", to: "2026-12-07" }, previous: { from: "2026-11-24", to: "2026-11-30" } },
    { range: { from: "2025-01-01", to: "2025-02-01" }, window: null, previous: null },
  ])("$range", ({ range, window, previous }) => {
    const drawn = chartWindow(range, "2026-10-29", "2026-12-07");
    expect(drawn).toEqual(window);
    expect(drawn ? previousWindow(range, drawn) : null).toEqual(previous);
  });
});

describe("rangeShowing", () => {
  it.each<{ earliest: string; latest: string; expected: TimeRange }>([
    { earliest: "2026-12-07", latest: "2026-12-07", expected: { preset: "7d" } },
    { earliest: "2026-11-20", latest: "2026-12-02", expected: { preset: "28d" } },
    { earliest: "2026-09-20", latest: "2026-11-29", expected: { preset: "90d" } },
    { earliest: "2026-01-05", latest: "2026-03-01", expected: { preset: "365d" } },
    { earliest: "2024-10-15", latest: "2024-12-31", expected: { from: "2024-10-15", to: "2024-12-31" } },
  ])("$earliest – $latest", ({ earliest, latest, expected }) => {
    expect(rangeShowing(earliest, latest, "2026-12-07")).toEqual(expected);
  });
});

describe("presetLabel", () => {
  it.each([
    ["7d", "Last 7 days"],
    ["365d", "Last 365 days"],
    ["all", "All time"],
  ] as const)("%s → %s", (preset, expected) => {
    expect(presetLabel(preset)).toBe(expected);
  });
});
