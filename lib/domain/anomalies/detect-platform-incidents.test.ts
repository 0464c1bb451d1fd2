import { describe, expect, it } from "vitest";
import { detectPlatformIncidents } from "./detect-platform-incidents";
import { day } from "./test-fixtures";
import type { AccountAnomalyRef, AnomalyKind } from "./types";

const now = day(10);
const ref = (trackedAccountId: number, endDay: number, kind: AnomalyKind = "unexpected-unfollow", accountCount = 2): AccountAnomalyRef => ({
  trackedAccountId, handle: `creator${trackedAccountId}`, kind, windowStart: day(endDay - 1), windowEnd: day(endDay), accountCount,
});
const hit = (ids: number[], endDay: number, kind?: AnomalyKind) => ids.map((id) => ref(id, endDay, kind));
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe("detectPlatformIncidents", () => {
  it.each([
    { name: "three accounts of twenty hit on one day", refs: hit([1, 2, 3], 5), active: 20, expected: [["platform-incident:2026-05-06", "medium", 3]] },
    { name: "mixed kinds count together", refs: [ref(1, 5), ref(2, 5, "follow-not-registered"), ref(3, 5, "unfollow-not-applied")], active: 20, expected: [["platform-incident:2026-05-06", "medium", 3]] },
    { name: "ten accounts is high", refs: hit(range(10), 5), active: 200, expected: [["platform-incident:2026-05-06", "high", 10]] },
    { name: "a quarter of those active is high", refs: hit([1, 2, 3], 5), active: 12, expected: [["platform-incident:2026-05-06", "high", 3]] },
    { name: "each day on its own", refs: [...hit([1, 2, 3], 5), ...hit([4, 5, 6], 6)], active: 20, expected: [["platform-incident:2026-05-06", "medium", 3], ["platform-incident:2026-05-07", "medium", 3]] },
    { name: "look-alike: one account with many anomalies", refs: [ref(1, 5), ref(1, 5, "follow-not-registered"), ref(1, 5, "unfollow-not-applied"), ref(1, 5)], active: 20, expected: [] },
    { name: "look-alike: two accounts hit", refs: hit([1, 2], 5), active: 5, expected: [] },
    { name: "look-alike: three accounts of a thousand", refs: hit([1, 2, 3], 5), active: 1000, expected: [] },
    { name: "look-alike: three accounts on three different days", refs: [ref(1, 3), ref(2, 4), ref(3, 5)], active: 20, expected: [] },
  ])("$name", ({ refs, active, expected }) => {
    expect(detectPlatformIncidents(refs, active, now).map((a) => [a.key, a.severity, a.accountCount])).toEqual(expected);
  });

  it("lists the tracked accounts by id, says it in words and charts the days around it", () => {
    const refs = [ref(1, 5, "unexpected-unfollow", 4), ref(1, 5, "follow-not-registered", 1), ref(2, 5), ref(3, 5), ref(4, 2)];
    const [a] = detectPlatformIncidents(refs, 20, now);
    expect(a).toMatchObject({
      kind: "platform-incident",
      windowStart: day(4),
      windowEnd: day(5),
      summary: "3 tracked accounts (15% of the 20 active) had follows not registered and unexpected unfollows on 6 May",
      snapshotIds: [],
    });
    expect(a!.accounts[0]).toEqual({ handleKey: "1", handle: "creator1", detail: "1 follow not registered, 4 unexpected unfollows" });
    expect(a!.evidence.facts).toContainEqual({ label: "Unexpected unfollows", value: "8" });
    const points = a!.evidence.series!.points;
    expect(points[0]!.at).toBe("2026-04-29");
    expect(points.at(-1)!.at).toBe("2026-05-11");
    expect(points.filter((p) => p.value > 0)).toEqual([
      { at: "2026-05-03", value: 1, inWindow: false },
      { at: "2026-05-06", value: 3, inWindow: true },
    ]);
    expect(a!.evidence.series!.threshold).toBe(3);
  });

  it("caps the accounts listed but counts them all", () => {
    const [a] = detectPlatformIncidents(hit(range(1200), 5), 2000, now);
    expect(a!.accounts).toHaveLength(1000);
    expect(a!.accountCount).toBe(1200);
  });
});
