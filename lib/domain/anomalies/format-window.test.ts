import { describe, expect, it } from "vitest";
import { atHandle, countOf, dayKey, formatCount, formatDay, formatShare, formatWindow } from "./format-window";

const at = (iso: string) => new Date(iso);

describe("formatWindow", () => {
  it.each([
    { name: "one day", start: "2026-05-03T01:00:00Z", end: "2026-05-03T22:00:00Z", expected: "on 3 May" },
    { name: "two days of one month", start: "2026-05-03T08:00:00Z", end: "2026-05-04T08:00:00Z", expected: "between 3 and 4 May" },
    { name: "across months", start: "2026-04-30T08:00:00Z", end: "2026-05-02T08:00:00Z", expected: "between 30 Apr and 2 May" },
    { name: "across years", start: "2025-12-30T08:00:00Z", end: "2026-01-02T08:00:00Z", expected: "between 30 Dec 2025 and 2 Jan 2026" },
    { name: "UTC days, not local ones", start: "2026-05-03T23:59:59Z", end: "2026-05-04T00:00:00Z", expected: "between 3 and 4 May" },
    { name: "the same instant", start: "2026-05-03T00:00:00Z", end: "2026-05-03T00:00:00Z", expected: "on 3 May" },
  ])("$name", ({ start, end, expected }) => {
    expect(formatWindow(at(start), at(end))).toBe(expected);
  });
});

describe("the small phrases", () => {
  it.each([
    { name: "a day", got: () => formatDay(at("2026-05-03T23:30:00Z")), expected: "3 May" },
    { name: "a day key", got: () => dayKey(at("2026-05-03T23:30:00Z")), expected: "2026-05-03" },
    { name: "a count with separators", got: () => formatCount(1240), expected: "1,240" },
    { name: "a small rate keeps one decimal", got: () => formatCount(2.54), expected: "2.5" },
    { name: "a large rate is whole", got: () => formatCount(35.6), expected: "36" },
    { name: "one of a thing", got: () => countOf(1, "account"), expected: "1 account" },
    { name: "many of a thing", got: () => countOf(14, "account"), expected: "14 accounts" },
    { name: "an irregular plural", got: () => countOf(2, "follow not registered", "follows not registered"), expected: "2 follows not registered" },
    { name: "a share", got: () => formatShare(0.724), expected: "72%" },
    { name: "a handle", got: () => atHandle("maria"), expected: "@maria" },
    { name: "a handle already with @", got: () => atHandle("@maria"), expected: "@maria" },
  ])("$name", ({ got, expected }) => {
    expect(got()).toBe(expected);
  });
});
