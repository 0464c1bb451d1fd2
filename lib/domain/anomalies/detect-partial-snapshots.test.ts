import { describe, expect, it } from "vitest";
import { detectPartialSnapshots } from "./detect-partial-snapshots";
import { day, snapshot } from "./test-fixtures";
import type { FlaggedImport } from "./types";

const history = [snapshot(1, 0), snapshot(2, 1), snapshot(3, 2)];
const flagged = (over: Partial<FlaggedImport>): FlaggedImport => ({
  importId: 40, snapshotId: null, status: "held", takenAt: day(3), list: "followers", found: 400, expected: 1000, against: "previous-snapshot", ...over,
});

describe("detectPartialSnapshots", () => {
  it.each([
    { name: "an import held for review", snapshots: history, imports: [flagged({})], expected: [["partial-snapshot:9:import-40", "medium"]] },
    {
      name: "an import applied anyway",
      snapshots: [...history, snapshot(4, 3, { followerCount: 400, flaggedPartial: true })],
      imports: [flagged({ snapshotId: 4, status: "applied" })],
      expected: [["partial-snapshot:9:import-40", "high"]],
    },
    {
      name: "a snapshot under half the previous, not flagged by an import",
      snapshots: [...history, snapshot(4, 3, { followerCount: 400 })], imports: [],
      expected: [["partial-snapshot:9:2026-05-04T08:00:00.000Z", "high"]],
    },
    {
      name: "the following list cut short",
      snapshots: [...history, snapshot(4, 3, { followingCount: 20 })], imports: [],
      expected: [["partial-snapshot:9:2026-05-04T08:00:00.000Z", "high"]],
    },
    {
      name: "compared with the last snapshot that had the list",
      snapshots: [...history, snapshot(4, 3, { hasFollowers: false, followerCount: 0 }), snapshot(5, 4, { followerCount: 990 })], imports: [],
      expected: [],
    },
    { name: "look-alike: a normal drop of a few accounts", snapshots: [...history, snapshot(4, 3, { followerCount: 985 })], imports: [], expected: [] },
    { name: "look-alike: a small account losing a few", snapshots: [snapshot(1, 0, { followerCount: 12 }), snapshot(2, 1, { followerCount: 4 })], imports: [], expected: [] },
  ])("$name", ({ snapshots, imports, expected }) => {
    expect(detectPartialSnapshots(9, snapshots, imports).map((a) => [a.key, a.severity])).toEqual(expected);
  });

  it("says it in words, with the list's size around it", () => {
    const [held] = detectPartialSnapshots(9, history, [flagged({ against: "profile-count", expected: 12000 })]);
    expect(held).toMatchObject({
      summary: "An import of 4 May is held for your review: it lists 400 followers where the export's own profile says 12,000",
      windowStart: day(3), windowEnd: day(3), accountCount: 11600, snapshotIds: [],
    });
    expect(held!.evidence.series!.points.map((p) => [p.value, p.inWindow])).toEqual([[1000, false], [1000, false], [1000, false], [400, true]]);
    const [applied] = detectPartialSnapshots(9, [...history, snapshot(4, 3, { followerCount: 400 })], []);
    expect(applied!.summary).toBe("The snapshot of 4 May looks incomplete: it lists 400 followers where the previous snapshot had 1,000, so the missing accounts may show as unfollows");
    expect(applied!.snapshotIds).toEqual([4]);
  });
});
