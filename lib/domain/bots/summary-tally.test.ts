import { describe, expect, it } from "vitest";
import { createSummaryTally } from "./summary-tally";
import type { BotReason, BotScore } from "./types";

const reason = (signal: string, weight: number, detail = signal): BotReason => ({ signal, value: null, weight, detail });
const scored = (score: number | null, label: BotScore["label"], confidence: BotScore["confidence"], ...reasons: BotReason[]): BotScore =>
  ({ score, label, confidence, reasons, version: 3 });

describe("createSummaryTally", () => {
  it("counts followers for the overview and every account for the bots page", () => {
    const tally = createSummaryTally();
    tally.add(scored(85, "likely-bot", "low", reason("default-handle", 12), reason("no-profile", 0)), true);
    tally.add(scored(100, "likely-bot", "high", reason("no-avatar", 15)), true);
    tally.add(scored(9, "likely-real", "medium", reason("many-videos", -15)), true);
    tally.add(scored(null, "unknown", null, reason("insufficient-data", 0)), true);
    tally.add(scored(45, "suspicious", "low", reason("default-handle", 12), reason("no-profile", 0)), false);
    const r = tally.result();
    expect([r.likelyBot, r.suspicious, r.likelyReal, r.unknown]).toEqual([2, 0, 1, 1]);
    expect([r.lowConfidence, r.mediumConfidence, r.highConfidence]).toEqual([1, 1, 1]);
    expect(r.noProfile).toBe(1);
    expect(r.histogram).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(r.accountCounts).toEqual([
      { label: "likely-bot", confidence: "low", accounts: 1 },
      { label: "likely-bot", confidence: "high", accounts: 1 },
      { label: "likely-real", confidence: "medium", accounts: 1 },
      { label: "suspicious", confidence: "low", accounts: 1 },
      { label: "unknown", confidence: null, accounts: 1 },
    ]);
  });

  it.each([
    ["a score of 100 falls in the last decile", 100, 9],
    ["90 too", 90, 9],
    ["89 in the one before", 89, 8],
    ["0 in the first", 0, 0],
  ])("%s", (_, score, decile) => {
    const tally = createSummaryTally();
    tally.add(scored(score, "likely-real", "low"), true);
    expect(tally.result().histogram.indexOf(1)).toBe(decile);
  });

  it("counts only signals that added points, flagged ones apart, with their point range and the first detail by code unit", () => {
    const tally = createSummaryTally();
    tally.add(scored(80, "likely-bot", "high", reason("ratio", 18, "follows 40× more"), reason("no-avatar", 15)), true);
    tally.add(scored(50, "suspicious", "high", reason("ratio", 8, "follows 12× more"), reason("many-videos", -8)), true);
    tally.add(scored(20, "likely-real", "high", reason("no-avatar", 15)), false);
    expect(tally.result().reasonCounts).toEqual([
      { signal: "ratio", flagged: 2, accounts: 2, minPoints: 8, maxPoints: 18, example: "follows 12× more" },
      { signal: "no-avatar", flagged: 1, accounts: 2, minPoints: 15, maxPoints: 15, example: "no-avatar" },
    ]);
  });

  it("is empty but well formed with nothing scored", () => {
    const r = createSummaryTally().result();
    expect(r.histogram).toEqual(Array(10).fill(0));
    expect(r.accountCounts).toEqual([]);
    expect(r.reasonCounts).toEqual([]);
  });
});
