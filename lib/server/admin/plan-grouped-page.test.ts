import { describe, expect, it } from "vitest";
import { planGroupedPage } from "./plan-grouped-page";

const groups = [
  { group: "high", count: 3 },
  { group: "medium", count: 0 },
  { group: "low", count: 5 },
];

describe("planGroupedPage", () => {
  it.each([
    [0, 2, [{ group: "high", skip: 0, take: 2 }]],
    [2, 2, [{ group: "high", skip: 2, take: 1 }, { group: "low", skip: 0, take: 1 }]],
    [0, 25, [{ group: "high", skip: 0, take: 3 }, { group: "low", skip: 0, take: 5 }]],
    [3, 2, [{ group: "low", skip: 0, take: 2 }]],
    [6, 10, [{ group: "low", skip: 3, take: 2 }]],
    [8, 10, []],
    [50, 25, []],
    [0, 0, []],
  ])("skip %i take %i", (skip, take, expected) => {
    expect(planGroupedPage(groups, skip, take)).toEqual(expected);
  });

  it("covers every row exactly once when paging through", () => {
    const seen: string[] = [];
    for (let skip = 0; skip < 10; skip += 3) {
      for (const s of planGroupedPage(groups, skip, 3)) for (let i = 0; i < s.take; i++) seen.push(`${s.group}${s.skip + i}`);
    }
    expect(seen).toEqual(["high0", "high1", "high2", "low0", "low1", "low2", "low3", "low4"]);
  });
});
