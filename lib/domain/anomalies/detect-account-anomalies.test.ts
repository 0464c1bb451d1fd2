import { describe, expect, it } from "vitest";
import { detectAccountAnomalies, MAX_ANOMALY_ACCOUNTS, type AccountDetectionInput } from "./detect-account-anomalies";
import { findBurstCandidates } from "./find-burst-candidates";
import { day, intent, snapshot } from "./test-fixtures";
import { anomalyKinds } from "./types";

// Three weeks of daily snapshots with every kind of trouble in them (and a quiet account beside it).
const snapshots = Array.from({ length: 21 }, (_, i) => snapshot(i + 1, i, {
  lostFollowers: i === 0 ? 0 : i === 12 ? 400 : 5,
  gainedFollowers: i === 0 ? 0 : i === 15 ? 900 : 20,
}));
const seesaw = (h: string) => ({ handleKey: h, handle: h, losses: [day(7), day(9)], rejoins: [day(8)] });
const busy: AccountDetectionInput = {
  trackedAccountId: 5,
  handle: "maria",
  now: day(21),
  snapshots,
  intents: [
    intent(1, "ana", "follow", 2.5, [[4, 3, false], [5, 4, false]]),
    intent(2, "bo", "unfollow", 2.5, [[4, 3, true]]),
    intent(3, "cy", "unfollow", 6, [], { origin: "system", direction: 1 }),
  ],
  lostFollowing: [{ handleKey: "dee", handle: "dee", lostAfter: day(4), lostBefore: day(5), keptSince: day(1) }],
  flaggedImports: [{ importId: 8, snapshotId: null, status: "held", takenAt: day(20.5), list: "followers", found: 10, expected: 1000, against: "previous-snapshot" }],
  arrivalLabels: [{ snapshotId: 16, likelyBot: 600, suspicious: 100, likelyReal: 200, unknown: 0, createdTogether: 0 }],
  churners: ["eve", "fay", "gus"].map(seesaw),
  botShare: 0.05,
};

describe("detectAccountAnomalies", () => {
  it("finds every kind of an account in its history", () => {
    const kinds = new Set(detectAccountAnomalies(busy).map((a) => a.kind));
    expect([...kinds].sort()).toEqual(anomalyKinds.filter((k) => k !== "platform-incident").sort());
  });

  it("finds nothing in a quiet history", () => {
    const quiet = { ...busy, snapshots: Array.from({ length: 21 }, (_, i) => snapshot(i + 1, i, { lostFollowers: i && 5, gainedFollowers: i && 20 })) };
    expect(detectAccountAnomalies({ ...quiet, intents: [], lostFollowing: [], flaggedImports: [], arrivalLabels: [], churners: [] })).toEqual([]);
  });

  it("holds to the shape every anomaly promises", () => {
    const found = detectAccountAnomalies(busy);
    for (const a of found) {
      expect(a.key.startsWith(`${a.kind}:5:`)).toBe(true);
      expect(a.windowStart.getTime()).toBeLessThanOrEqual(a.windowEnd.getTime());
      expect(a.summary.length).toBeGreaterThan(20);
      expect(a.accounts.length).toBeLessThanOrEqual(a.accountCount);
      expect(a.evidence.facts.length).toBeGreaterThan(0);
    }
    expect(new Set(found.map((a) => a.key)).size).toBe(found.length);
    expect(detectAccountAnomalies(busy)).toEqual(found);
  });

  it("asks for the arrivals of the burst it judges", () => {
    expect(findBurstCandidates(snapshots)).toEqual([16]);
  });

  it("handles a big account's history in linear time and caps what it lists", () => {
    // Quadratic grouping would take minutes here and fail on the test timeout.
    const churners = Array.from({ length: 50_000 }, (_, i) => seesaw(`u${i}`));
    const lostFollowing = Array.from({ length: 20_000 }, (_, i) => ({ handleKey: `k${i}`, handle: `k${i}`, lostAfter: day(4), lostBefore: day(5), keptSince: day(1) }));
    const found = detectAccountAnomalies({ ...busy, churners, lostFollowing });
    const ring = found.find((a) => a.kind === "churn-ring")!;
    const lost = found.find((a) => a.key.startsWith("unexpected-unfollow:5:2026-05-05"))!;
    expect([ring.accountCount, ring.accounts.length, ring.severity]).toEqual([50_000, MAX_ANOMALY_ACCOUNTS, "high"]);
    expect([lost.accountCount, lost.accounts.length, lost.severity]).toEqual([20_000, MAX_ANOMALY_ACCOUNTS, "high"]);
  });
});
