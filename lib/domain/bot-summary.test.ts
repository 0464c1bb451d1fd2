import { describe, expect, it } from "vitest";
import { parseBotQuery } from "./bot-query";
import { countSelected, parseCountCells, parseReasonCounts, sharePercent, tallyCells, topReasons, type BotCountCell, type BotReasonCount } from "./bot-summary";

const cells: BotCountCell[] = [
  { label: "likely-bot", confidence: "low", accounts: 3 },
  { label: "likely-bot", confidence: "high", accounts: 2 },
  { label: "suspicious", confidence: "low", accounts: 10 },
  { label: "likely-real", confidence: "low", accounts: 50 },
  { label: "likely-real", confidence: "medium", accounts: 20 },
  { label: "likely-real", confidence: "high", accounts: 5 },
  { label: "unknown", confidence: null, accounts: 7 },
];

describe("tallyCells", () => {
  it("adds up labels and confidences; unknown accounts have no confidence", () => {
    expect(tallyCells(cells)).toEqual({
      total: 97,
      flagged: 15,
      labels: { "likely-bot": 5, suspicious: 10, "likely-real": 75, unknown: 7 },
      confidence: { low: 63, medium: 20, high: 7 },
    });
  });
  it("labels absent from the counts are zero", () => {
    expect(tallyCells([{ label: "unknown", confidence: null, accounts: 4 }])).toMatchObject({ total: 4, flagged: 0, labels: { "likely-bot": 0, unknown: 4 } });
  });
});

describe("countSelected", () => {
  it.each([
    [{}, 97],
    [{ label: "likely-bot" }, 5],
    [{ label: "likely-real", confidence: "medium" }, 20],
    [{ confidence: "low" }, 63],
    [{ label: "suspicious", confidence: "high" }, 0],
    [{ label: "unknown" }, 7],
    [{ label: "unknown", confidence: "low" }, 0],
  ])("%j → %d", (params, expected) => {
    expect(countSelected(cells, parseBotQuery(params))).toBe(expected);
  });
});

describe("parsing what a scoring run stored", () => {
  it.each([
    ["an empty list (a summary from before counts were stored)", [], null],
    ["not a list", { likelyBot: 3 }, null],
    ["an unknown label", [{ label: "robot", confidence: "low", accounts: 1 }], null],
    ["a negative count", [{ label: "unknown", confidence: null, accounts: -1 }], null],
    ["good counts", [{ label: "unknown", confidence: null, accounts: 2 }], [{ label: "unknown", confidence: null, accounts: 2 }]],
  ])("counts: %s", (_, json, expected) => {
    expect(parseCountCells(json)).toEqual(expected);
  });

  it("reasons: malformed ones give none, good ones are kept", () => {
    const good = [{ signal: "empty-bio", flagged: 1, accounts: 4, minPoints: 6, maxPoints: 6, example: "empty bio" }];
    expect(parseReasonCounts(good)).toEqual(good);
    expect(parseReasonCounts([{ signal: "empty-bio" }])).toEqual([]);
    expect(parseReasonCounts(null)).toEqual([]);
  });
});

describe("topReasons", () => {
  const reason = (signal: string, flagged: number, accounts: number): BotReasonCount => ({ signal, flagged, accounts, minPoints: 5, maxPoints: 5, example: "" });
  it("orders by flagged accounts, then by all accounts, then by name, and leaves out signals no flagged account has", () => {
    const reasons = [reason("empty-bio", 4, 900), reason("coordinated-batch", 12, 12), reason("private", 4, 40), reason("young-account", 0, 30), reason("no-avatar", 4, 40)];
    expect(topReasons(reasons).map((r) => r.signal)).toEqual(["coordinated-batch", "empty-bio", "no-avatar", "private"]);
    expect(topReasons(reasons, 2).map((r) => r.signal)).toEqual(["coordinated-batch", "empty-bio"]);
    expect(topReasons([reason("young-account", 0, 30)])).toEqual([]);
  });
});

describe("sharePercent", () => {
  it.each([
    [0, 97, "0%"],
    [24, 3217, "0.7%"],
    [1, 100_000, "0.1%"],
    [5, 97, "5.2%"],
    [99, 1000, "9.9%"],
    [996, 10_000, "10%"],
    [38, 62, "61%"],
    [999, 1000, "99%"],
    [97, 97, "100%"],
    [0, 0, "0%"],
  ])("%d of %d → %s", (part, whole, expected) => {
    expect(sharePercent(part, whole)).toBe(expected);
  });
});
