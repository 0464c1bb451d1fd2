import { describe, expect, it } from "vitest";
import { precisionAt, recallAt, rocAuc } from "./metrics";

describe("rocAuc", () => {
  it.each([
    { name: "perfect separation", scores: [10, 20, 80, 90], labels: [false, false, true, true], auc: 1 },
    { name: "perfectly inverted", scores: [80, 90, 10, 20], labels: [false, false, true, true], auc: 0 },
    { name: "all tied", scores: [50, 50, 50, 50], labels: [true, false, true, false], auc: 0.5 },
    // pairs (bot, real): (70,30)=1 (70,50)=1 (50,30)=1 (50,50)=0.5 -> 3.5 / 4
    { name: "one tie between classes", scores: [30, 50, 50, 70], labels: [false, false, true, true], auc: 0.875 },
    // bots 40, 60; reals 20, 60, 80: (40,20)=1 (40,60)=0 (40,80)=0 (60,20)=1 (60,60)=0.5 (60,80)=0 -> 2.5 / 6
    { name: "mixed with tie", scores: [20, 40, 60, 60, 80], labels: [false, true, true, false, false], auc: 2.5 / 6 },
    // input order must not matter
    { name: "unsorted input", scores: [60, 20, 80, 40, 60], labels: [true, false, false, true, false], auc: 2.5 / 6 },
    { name: "no bots", scores: [1, 2], labels: [false, false], auc: null },
    { name: "no real accounts", scores: [1, 2], labels: [true, true], auc: null },
    { name: "empty", scores: [], labels: [], auc: null },
  ])("$name", ({ scores, labels, auc }) => {
    const result = rocAuc(scores, labels);
    if (auc === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(auc, 10);
  });

  it("rejects mismatched lengths", () => {
    expect(() => rocAuc([1, 2], [true])).toThrow(RangeError);
  });
});

describe("precisionAt / recallAt", () => {
  const items = [
    { bot: true, score: 90 },
    { bot: true, score: 75 },
    { bot: false, score: 72 },
    { bot: true, score: 40 },
    { bot: false, score: 10 },
  ];
  it.each([
    { name: ">= 70", predicate: (i: { score: number }) => i.score >= 70, precision: 2 / 3, recall: 2 / 3 },
    { name: ">= 80", predicate: (i: { score: number }) => i.score >= 80, precision: 1, recall: 1 / 3 },
    { name: ">= 0", predicate: () => true, precision: 3 / 5, recall: 1 },
    { name: "selects nothing", predicate: () => false, precision: null, recall: 0 },
  ])("$name", ({ predicate, precision, recall }) => {
    expect(precisionAt(items, predicate)).toBe(precision);
    expect(recallAt(items, predicate)).toBe(recall);
  });

  it("recall is null without bots", () => {
    expect(recallAt([{ bot: false }], () => true)).toBeNull();
  });
});
