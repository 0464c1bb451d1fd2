import { describe, expect, it } from "vitest";
import { nextCut } from "./arrival-slices";

const rules = { quietGapMs: 100, maxPending: 6 };

describe("nextCut", () => {
  it.each([
    { name: "no quiet gap, few held: keep holding", times: [0, 10, 20, 30], searched: 0, expected: 0 },
    { name: "cut just after the last quiet gap", times: [0, 10, 200, 210, 500, 510], searched: 0, expected: 4 },
    { name: "only the newly held arrivals are searched", times: [0, 500, 510, 520, 530], searched: 3, expected: 0 },
    { name: "the gap at the boundary of the searched part counts", times: [0, 10, 20, 300, 310], searched: 3, expected: 3 },
    { name: "never quiet: at the cap, cut at the longest gap", times: [0, 10, 50, 60, 70, 80, 90], searched: 0, expected: 2 },
    { name: "at the cap with equal gaps: the first of them", times: [0, 10, 20, 30, 40, 50], searched: 6, expected: 1 },
    { name: "at the cap, all at once: everything", times: [5, 5, 5, 5, 5, 5], searched: 0, expected: 6 },
  ])("$name", ({ times, searched, expected }) => {
    expect(nextCut(times.length, (i) => times[i]!, searched, rules)).toBe(expected);
  });
});
