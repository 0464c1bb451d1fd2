import { describe, expect, it } from "vitest";
import { detectChurnRings } from "./detect-churn-rings";
import { day, snapshot } from "./test-fixtures";
import type { Churner } from "./types";

// The 28-day period from the epoch that holds days 6…33 of the fixtures: 7 May – 3 Jun 2026.
const seesaw = (handle: string, losses: number[], rejoins: number[]): Churner => ({ handleKey: handle, handle, losses: losses.map(day), rejoins: rejoins.map(day) });
const ring = ["ana", "bo", "cy"].map((h) => seesaw(h, [7, 9], [8]));
const snapshots = Array.from({ length: 40 }, (_, i) => snapshot(i + 1, i));

describe("detectChurnRings", () => {
  it.each([
    { name: "three followers who left twice and came back", churners: ring, expected: [["ana", "bo", "cy"]] },
    { name: "the same seesaw in two periods is two rings", churners: ["ana", "bo", "cy"].map((h) => seesaw(h, [7, 9, 40, 42], [8, 41])), expected: [["ana", "bo", "cy"], ["ana", "bo", "cy"]] },
    { name: "look-alike: accounts that left and came back once", churners: ["ana", "bo", "cy"].map((h) => seesaw(h, [7, 40], [8])), expected: [] },
    { name: "look-alike: a single seesaw account alone", churners: [seesaw("ana", [7, 9, 11, 13], [8, 10, 12])], expected: [] },
    { name: "look-alike: two seesaw accounts", churners: ring.slice(0, 2), expected: [] },
    { name: "losses in different periods do not make a member", churners: ["ana", "bo", "cy"].map((h) => seesaw(h, [3, 7], [5])), expected: [] },
  ])("$name", ({ churners, expected }) => {
    expect(detectChurnRings(2, "maria", snapshots, churners).map((a) => a.accounts.map((x) => x.handle))).toEqual(expected);
  });

  it("says it in words, keyed by the period's first day", () => {
    const [a] = detectChurnRings(2, "maria", snapshots, [...ring, seesaw("dee", [7, 9, 12], [8, 10])]);
    expect(a).toMatchObject({
      kind: "churn-ring",
      key: "churn-ring:2:2026-05-07",
      severity: "low",
      windowStart: day(7),
      windowEnd: day(12),
      summary: "4 accounts followed and unfollowed @maria again and again between 8 and 13 May: each left at least twice",
      accountCount: 4,
      snapshotIds: [8, 10, 13],
    });
    expect(a!.accounts[0]).toEqual({ handleKey: "dee", handle: "dee", detail: "left 3 times" });
    expect(a!.accounts[1]).toEqual({ handleKey: "ana", handle: "ana", detail: "left twice" });
    expect(a!.evidence.facts).toContainEqual({ label: "Period", value: "7 May – 3 Jun" });
    expect(a!.evidence.series!.points).toHaveLength(28);
    expect(a!.evidence.series!.points.find((p) => p.at === "2026-05-08")).toEqual({ at: "2026-05-08", value: 4, inWindow: true });
  });

  it("keeps its key as the period fills up", () => {
    const early = detectChurnRings(2, "maria", snapshots, ring)[0]!.key;
    const later = detectChurnRings(2, "maria", snapshots, ["ana", "bo", "cy"].map((h) => seesaw(h, [7, 9, 20], [8, 15])))[0]!.key;
    expect(later).toBe(early);
  });

  it.each([
    { members: 10, severity: "medium" },
    { members: 50, severity: "high" },
  ])("$members members are $severity", ({ members, severity }) => {
    const churners = Array.from({ length: members }, (_, i) => seesaw(`u${i}`, [7, 9], [8]));
    expect(detectChurnRings(2, "maria", snapshots, churners)[0]!.severity).toBe(severity);
  });
});
