import { describe, expect, it } from "vitest";
import { groupBy, timeSpan } from "./group-by";

describe("groupBy", () => {
  it("groups in the order keys first appear", () => {
    expect([...groupBy([1, 2, 3, 4, 5], (n) => n % 2)]).toEqual([[1, [1, 3, 5]], [0, [2, 4]]]);
  });
});

describe("timeSpan", () => {
  it.each([
    { name: "one time", times: ["2026-05-03T00:00:00Z"], start: "2026-05-03T00:00:00Z", end: "2026-05-03T00:00:00Z" },
    { name: "in any order", times: ["2026-05-04T00:00:00Z", "2026-05-02T00:00:00Z", "2026-05-03T00:00:00Z"], start: "2026-05-02T00:00:00Z", end: "2026-05-04T00:00:00Z" },
  ])("$name", ({ times, start, end }) => {
    expect(timeSpan(times.map((t) => new Date(t)))).toEqual({ start: new Date(start), end: new Date(end) });
  });

  it("takes more times than a call can have arguments", () => {
    const times = Array.from({ length: 300_000 }, (_, i) => new Date(i * 1000));
    expect(timeSpan(times).end).toEqual(new Date(299_999_000));
  });
});
