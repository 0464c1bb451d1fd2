import { describe, expect, it } from "vitest";
import { detectFollowerBursts } from "./detect-follower-bursts";
import { dailySnapshots } from "./test-fixtures";
import type { ArrivalLabels } from "./types";

const burst = dailySnapshots([0, 20, 25, 18, 22, 24, 19, 21, 1000], "gainedFollowers");
const steady = dailySnapshots([0, 20, 25, 18, 22, 24, 19, 21, 26], "gainedFollowers");
const labels = (over: Partial<ArrivalLabels>): ArrivalLabels[] => [
  { snapshotId: 9, likelyBot: 0, suspicious: 0, likelyReal: 0, unknown: 0, createdTogether: 0, ...over },
];

describe("detectFollowerBursts", () => {
  it.each([
    { name: "bought followers: most arrivals are bots", snapshots: burst, arrivals: labels({ likelyBot: 700, suspicious: 100, likelyReal: 200 }), botShare: 0.05, expected: ["high"] },
    { name: "a third of the arrivals bot-like", snapshots: burst, arrivals: labels({ likelyBot: 250, suspicious: 100, likelyReal: 650 }), botShare: 0.05, expected: ["medium"] },
    { name: "the account's bot share is unknown", snapshots: burst, arrivals: labels({ likelyBot: 400, likelyReal: 600 }), botShare: null, expected: ["medium"] },
    { name: "a batch of accounts created together", snapshots: burst, arrivals: labels({ likelyReal: 300, unknown: 700, createdTogether: 400 }), botShare: 0.05, expected: ["medium"] },
    { name: "look-alike: a viral day, real-looking arrivals", snapshots: burst, arrivals: labels({ likelyBot: 30, suspicious: 50, likelyReal: 920 }), botShare: 0.05, expected: [] },
    { name: "look-alike: bot-like arrivals no more than the account's usual", snapshots: burst, arrivals: labels({ likelyBot: 400, likelyReal: 600 }), botShare: 0.35, expected: [] },
    { name: "look-alike: arrivals not scored yet", snapshots: burst, arrivals: labels({ likelyBot: 5, unknown: 995 }), botShare: 0.05, expected: [] },
    { name: "look-alike: bot-like arrivals on an ordinary day", snapshots: steady, arrivals: labels({ likelyBot: 26 }), botShare: 0.05, expected: [] },
    { name: "no labels read for the candidate", snapshots: burst, arrivals: [], botShare: 0.05, expected: [] },
  ])("$name", ({ snapshots, arrivals, botShare, expected }) => {
    expect(detectFollowerBursts(3, "maria", snapshots, arrivals, botShare).map((a) => a.severity)).toEqual(expected);
  });

  it("says what happened and why it looks bought", () => {
    const [a] = detectFollowerBursts(3, "maria", burst, labels({ likelyBot: 700, suspicious: 100, likelyReal: 200 }), 0.05);
    expect(a).toMatchObject({
      kind: "follower-burst",
      key: "follower-burst:3:2026-05-09T08:00:00.000Z",
      summary: "@maria gained 1,000 followers between 8 and 9 May, where 21 a day is usual, and 80% of the new followers scored look like bots",
      accounts: [],
      accountCount: 1000,
      snapshotIds: [8, 9],
    });
    expect(a!.evidence.facts).toContainEqual({ label: "Bot-like among those scored", value: "80% of 1,000" });
    expect(a!.evidence.series!.label).toBe("Followers gained");
  });
});
