import { describe, expect, it } from "vitest";
import { readDate, readPastDate } from "./dates";
import { Problem } from "./problem";
import { NOW } from "./test-chunks";

const iso = (ms: number) => (Number.isNaN(ms) ? "none" : new Date(ms).toISOString());

describe("readDate", () => {
  it.each([
    { value: "2024-01-02 10:00:00", want: "2024-01-02T10:00:00.000Z" },
    { value: "2023-08-10 06:18:18 UTC", want: "2023-08-10T06:18:18.000Z" },
    { value: "  2024-02-29 23:59:59  ", want: "2024-02-29T23:59:59.000Z" },
    { value: "2024-01-02T10:00:00Z", want: "2024-01-02T10:00:00.000Z" },
    { value: "2024-01-02T10:00:00.250Z", want: "2024-01-02T10:00:00.250Z" },
    { value: "2024-01-02T12:00:00+02:00", want: "2024-01-02T10:00:00.000Z" },
    { value: "2024-01-02T05:00:00-0500", want: "2024-01-02T10:00:00.000Z" },
    { value: "2024-01-02T10:00", want: "2024-01-02T10:00:00.000Z" },
    { value: "2024-01-02", want: "2024-01-02T00:00:00.000Z" },
    { value: 1704189600, want: "2024-01-02T10:00:00.000Z" },
    { value: 1704189600000, want: "2024-01-02T10:00:00.000Z" },
    { value: "1704189600", want: "2024-01-02T10:00:00.000Z" },
    { value: null, want: "none" },
    { value: undefined, want: "none" },
    { value: "", want: "none" },
    { value: 0, want: "none" },
  ])("$value → $want", ({ value, want }) => {
    expect(iso(readDate(value))).toBe(want);
  });

  it.each([
    "yesterday", "2024-13-01 00:00:00", "2023-02-29 00:00:00", "2024-04-31", "2024-01-02 24:00:00", "2024-01-02 10:60:00",
    "02/01/2024", "2024-1-2", "1999-12-31 23:59:59", -5, Number.NaN, Number.POSITIVE_INFINITY, 123456789000, true, {}, [],
  ])("%s is a bad date", (value) => {
    expect(() => readDate(value)).toThrow(Problem);
    try {
      readDate(value);
    } catch (error) {
      expect((error as Problem).code).toBe("bad-date");
    }
  });
});

describe("readPastDate", () => {
  it("accepts up to a day after now, refuses later", () => {
    expect(iso(readPastDate("2026-06-01 23:59:59", NOW))).toBe("2026-06-01T23:59:59.000Z");
    expect(() => readPastDate("2026-06-02 00:00:01", NOW)).toThrow(/in the future/);
    expect(() => readPastDate(4102444800, NOW)).toThrow(expect.objectContaining({ code: "future-date" }));
  });
});
