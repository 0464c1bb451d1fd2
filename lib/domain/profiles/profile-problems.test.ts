import { describe, expect, it } from "vitest";
import { describeRows, ProblemTally } from "./profile-problems";

describe("describeRows", () => {
  it.each([
    [{ rows: [3], count: 1 }, "line", "line 3"],
    [{ rows: [3, 7], count: 2 }, "line", "lines 3 and 7"],
    [{ rows: [3, 7, 9], count: 3 }, "entry", "entries 3, 7 and 9"],
    [{ rows: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], count: 1_025 }, "line", "lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 1,015 more"],
  ] as const)("%j → %s", (group, unit, expected) => expect(describeRows({ rows: [...group.rows], count: group.count }, unit)).toBe(expected));
});

describe("ProblemTally", () => {
  it("groups by kind and column, keeps the first example and lists the sample in file order", () => {
    const tally = new ProblemTally();
    tally.add("duplicate", "handle", "dup", 9, "first");
    tally.add("duplicate", "handle", "dup", 4, "second");
    tally.add("wrong-type", "followers", "wrong", 5, "x");
    tally.add("wrong-type", "following", "wrong", 5, "y");
    expect(tally.list()).toEqual([
      { kind: "duplicate", column: "handle", reason: "dup", example: "first", rows: [4, 9], count: 2 },
      { kind: "wrong-type", column: "followers", reason: "wrong", example: "x", rows: [5], count: 1 },
      { kind: "wrong-type", column: "following", reason: "wrong", example: "y", rows: [5], count: 1 },
    ]);
  });
});
