import { describe, expect, it } from "vitest";
import { LIKELY_BOT_AT, labelFor, scoreAccount, SUSPICIOUS_AT } from "./score-account";
import { BOT_SCORE_VERSION, type BotSignalInput } from "./types";

const NOW = new Date("2025-06-01T00:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);

const farmBot: BotSignalInput = {
  handle: "emma_k7382910", hasAvatar: false, videoCount: 0, followingCount: 4200, followerCount: 12,
  bioLength: 0, accountCreatedAt: daysAgo(9), isPrivate: false,
};
const creator: BotSignalInput = {
  handle: "jessica.miller", hasAvatar: true, videoCount: 230, followingCount: 310, followerCount: 48_000,
  bioLength: 64, accountCreatedAt: daysAgo(1500), lastPostAt: daysAgo(2), isPrivate: false,
};

describe("scoreAccount", () => {
  it.each([
    { name: "classic follow-farm bot", input: farmBot, label: "likely-bot", score: 18 + 15 + 12 + 12 + 10 + 10 + 6 + 4 },
    { name: "creator with many videos", input: creator, label: "likely-real", score: 0 },
    {
      name: "new real user without videos",
      input: { handle: "maria_jose_09", hasAvatar: true, videoCount: 0, followingCount: 85, followerCount: 6, bioLength: 0, accountCreatedAt: daysAgo(12) },
      label: "suspicious", score: 12 + 8 + 10 + 6 + 10,
    },
    {
      name: "private real account",
      input: { handle: "lena.k", hasAvatar: true, isPrivate: true, videoCount: 0, followingCount: 180, followerCount: 140, bioLength: 15 },
      label: "likely-real", score: 3 + 6,
    },
    {
      name: "bought follower with three fields known",
      input: { handle: "xkqzvbnm", hasAvatar: false, videoCount: 0, followerCount: 0 },
      label: "suspicious", score: 15 + 12 + 10 + 10,
    },
    {
      name: "a batch member with little profile data is still scored (behaviour is evidence)",
      input: { handle: "user8273645510", batch: { id: "b1", size: 25, windowMinutes: 8 } },
      label: "suspicious", score: 30 + 12,
    },
    {
      name: "follow-for-follow seesaw plus mass following",
      input: { handle: "grow.with.tom", followCycles: 3, followingCount: 6000, followerCount: 150, hasAvatar: true, videoCount: 3 },
      label: "suspicious", score: 18 + 16 + 18,
    },
  ])("$name", ({ input, label, score }) => {
    const result = scoreAccount(input, NOW);
    expect(result.label).toBe(label);
    expect(result.score).toBe(score);
    expect(result.version).toBe(BOT_SCORE_VERSION);
  });

  it.each([
    { name: "handle only", input: { handle: "user8273645510" }, known: 0 },
    { name: "two fields", input: { handle: "a7f3k9q2", hasAvatar: false, videoCount: 0 }, known: 2 },
    { name: "invalid date does not count", input: { handle: "a", hasAvatar: false, videoCount: 0, accountCreatedAt: new Date("x") }, known: 2 },
    { name: "one follow cycle is not behaviour evidence", input: { handle: "a", followCycles: 1, followerCount: 3 }, known: 1 },
  ])("refuses to score with too little data: $name", ({ input, known }) => {
    const result = scoreAccount(input, NOW);
    expect(result).toMatchObject({ score: null, label: "unknown", version: BOT_SCORE_VERSION });
    expect(result.reasons).toHaveLength(1);
    expect(result.reasons[0]).toMatchObject({ signal: "insufficient-data", value: known, weight: 0 });
    expect(result.reasons[0]?.detail).toContain("missing: ");
    expect(result.reasons[0]?.detail).toContain("followingCount");
  });

  it("explains itself: every counted signal with its value, sorted by weight, missing fields named", () => {
    const result = scoreAccount(farmBot, NOW);
    expect(result.reasons.map((r) => [r.signal, r.value, r.weight])).toEqual([
      ["following-ratio", 350, 18],
      ["no-avatar", false, 15],
      ["mass-following", 4200, 12],
      ["zero-videos", 0, 12],
      ["digit-heavy-handle", "emma_k7382910", 10],
      ["young-account", 9, 10],
      ["empty-bio", 0, 6],
      ["few-followers", 12, 4],
      ["missing-fields", 1, 0],
    ]);
    expect(result.reasons.at(-1)?.detail).toBe("not known, not counted: lastPostAt");
  });

  it("clamps strongly real evidence at 0 and stacked tells at 100", () => {
    expect(scoreAccount(creator, NOW).reasons.every((r) => r.weight <= 0)).toBe(true);
    expect(scoreAccount({ ...farmBot, batch: { id: "b", size: 50, windowMinutes: 5 }, followCycles: 6 }, NOW).score).toBe(100);
  });

  it.each([
    { score: 0, label: "likely-real" },
    { score: SUSPICIOUS_AT - 1, label: "likely-real" },
    { score: SUSPICIOUS_AT, label: "suspicious" },
    { score: LIKELY_BOT_AT - 1, label: "suspicious" },
    { score: LIKELY_BOT_AT, label: "likely-bot" },
    { score: 100, label: "likely-bot" },
  ])("labelFor($score) = $label", ({ score, label }) => {
    expect(labelFor(score)).toBe(label);
  });
});
