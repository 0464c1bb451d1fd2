import { describe, expect, it } from "vitest";
import { bucketWeight, fitLogistic, fittedBuckets, pickThresholds, priorPrecision, withSteps } from "./fit";
import { stratifiedSplit } from "./split";
import type { WeightKey } from "../weights";

const NOW = Date.parse("2025-06-01T00:00:00Z");

describe("fittedBuckets", () => {
  it("names the fitted bucket each signal picks, and leaves hand-weighted ones out", () => {
    const buckets = fittedBuckets({ handle: "user8273645510", hasAvatar: false, videoCount: 1, followerCount: 30, followingCount: 600, bioLength: 0, isPrivate: true, batch: { id: "b", size: 30, windowMinutes: 5 } }, NOW);
    expect(buckets.sort()).toEqual(["emptyBio", "fewFollowers50", "fewVideos", "noAvatar", "private", "ratioHigh"]);
  });

  it("sees a withheld handle's digit share", () => {
    expect(fittedBuckets({ handle: "", handleDigitShare: 0.8 }, NOW)).toEqual(["digitHeavyHandle"]);
  });
});

describe("withSteps and bucketWeight", () => {
  it("a stronger bucket carries the steps below it", () => {
    expect(withSteps(["ratioStrong", "noAvatar"])).toEqual(["ratioMild", "ratioHigh", "ratioStrong", "noAvatar"]);
    expect(bucketWeight({ ratioMild: 1, ratioHigh: 0.5, ratioStrong: 0.25 }, "ratioStrong")).toBe(1.75);
    expect(bucketWeight({ ratioMild: 1 }, "noAvatar")).toBe(0);
  });
});

describe("fitLogistic", () => {
  // 40 accounts: no avatar is fake 9 times in 10, avatar real 9 times in 10; "private" is noise.
  const rows = Array.from({ length: 40 }, (_, i): WeightKey[] => [...(i % 2 === 0 ? ["noAvatar" as const] : []), ...(i % 4 < 2 ? [] : ["private" as const])]);
  const labels = rows.map((r, i) => (r.includes("noAvatar") ? i % 20 !== 0 : i % 20 === 1));

  it("finds the log-odds of a clean indicator", () => {
    const fit = fitLogistic(rows, labels, ["noAvatar", "private"], 0);
    expect(fit.weights.noAvatar).toBeCloseTo(Math.log(81), 1); // odds 9:1 against 1:9
    expect(Math.abs(fit.weights.private ?? 1)).toBeLessThan(0.2);
  });

  it("keeps a weight on its side of zero even when the data pulls the other way", () => {
    const flipped = labels.map((l) => !l);
    const fit = fitLogistic(rows, flipped, ["noAvatar", "manyVideos"], 0);
    expect(fit.weights.noAvatar).toBe(0);
  });
});

describe("priorPrecision and pickThresholds", () => {
  // 10 bots scoring 10..100, 10 reals scoring 0..45
  const scored = [
    ...Array.from({ length: 10 }, (_, i) => ({ score: 10 + i * 10, bot: true })),
    ...Array.from({ length: 10 }, (_, i) => ({ score: i * 5, bot: false })),
  ];

  it("weights the classes to the prior", () => {
    // at 40: 7 of 10 bots, 2 of 10 reals (40, 45)
    expect(priorPrecision(scored, 40, 0.5)).toBeCloseTo(0.7 / 0.9, 10);
    expect(priorPrecision(scored, 40, 0.1)).toBeCloseTo(0.07 / (0.07 + 0.18), 10);
    expect(priorPrecision(scored, 101, 0.1)).toBeNull();
  });

  it("picks the lowest stable likely-bot cut and the lowest suspicious cut under it", () => {
    const cuts = pickThresholds(scored, Array.from({ length: 100 }, (_, i) => i + 1), { prior: 0.1, botPrecision: 0.9, flaggedPrecision: 0.2, minBots: 2 });
    expect(cuts.likelyBotAt).toBe(46); // first cut above every real
    // from 31: 7 bots, 3 reals (35, 40, 45): 0.07 / (0.07 + 0.27) = 0.21; from 26 one more of each: 0.18
    expect(cuts.suspiciousAt).toBe(31);
  });
});

describe("stratifiedSplit", () => {
  const items = Array.from({ length: 100 }, (_, i) => ({ id: i, bot: i < 30 }));

  it("keeps each class's share, is seeded, and puts every item on exactly one side", () => {
    const a = stratifiedSplit(items, 0.7, 11), b = stratifiedSplit(items, 0.7, 11), c = stratifiedSplit(items, 0.7, 12);
    expect(a.fit.filter((x) => x.bot).length).toBe(21);
    expect(a.fit.length).toBe(70);
    expect(a).toEqual(b);
    expect(a.fit).not.toEqual(c.fit);
    expect(new Set([...a.fit, ...a.holdout].map((x) => x.id)).size).toBe(100);
  });
});
