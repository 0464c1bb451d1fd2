import { describe, expect, it } from "vitest";
import { addDays, dayNumber, dayString } from "./calendar-days";

const viaDate = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe("calendar days", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-02-29", 11_016],
    ["2024-02-29", 19_782],
    ["2026-12-07", 20_794],
  ])("%s is day %i, and back", (day, n) => {
    expect(dayNumber(day)).toBe(n);
    expect(dayString(n)).toBe(day);
  });

  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2100-02-28", 1, "2100-03-01"],
    ["2000-02-28", 1, "2000-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2026-03-29", 0, "2026-03-29"],
  ])("%s + %i = %s", (day, n, expected) => expect(addDays(day, n)).toBe(expected));

  it("agrees with Date for every day from 1900 to 2200, one step and a random jump", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let day = "1900-01-01"; day < "2200-01-01"; day = viaDate(day, 1)) {
      expect(addDays(day, 1)).toBe(viaDate(day, 1));
      const jump = Math.floor(random() * 4000) - 2000;
      expect(addDays(day, jump)).toBe(viaDate(day, jump));
    }
  });
});
