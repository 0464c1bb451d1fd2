import { describe, expect, it } from "vitest";
import { detectMassUnfollowSpikes } from "./detect-mass-unfollow-spikes";
import { dailySnapshots, snapshot } from "./test-fixtures";
import type { SnapshotPoint } from "./types";

const quiet = [0, 4, 6, 5, 3, 5, 4, 6, 5];
const churny = [0, 190, 210, 205, 195, 220, 180, 200, 215];
const detect = (s: SnapshotPoint[]) => detectMassUnfollowSpikes(7, "maria", s);

describe("detectMassUnfollowSpikes", () => {
  it.each([
    { name: "a day losing far more than usual", snapshots: dailySnapshots([...quiet, 40], "lostFollowers"), expected: [{ id: 10, severity: "medium" }] },
    { name: "a purge", snapshots: dailySnapshots([...quiet, 900], "lostFollowers"), expected: [{ id: 10, severity: "high" }] },
    { name: "just over the line", snapshots: dailySnapshots([...quiet, 20], "lostFollowers"), expected: [{ id: 10, severity: "low" }] },
    { name: "look-alike: a steady high-churn account", snapshots: dailySnapshots([...churny, 240], "lostFollowers"), expected: [] },
    {
      name: "look-alike: a weekly snapshot after a quiet week",
      snapshots: [...dailySnapshots(quiet, "lostFollowers"), snapshot(10, 15, { lostFollowers: 35 })],
      expected: [],
    },
    { name: "look-alike: a 50-follower account losing 3", snapshots: dailySnapshots([0, 0, 0, 1, 0, 0, 0, 3], "lostFollowers", { followerCount: 50 }), expected: [] },
    {
      name: "a snapshot without the followers list is skipped",
      snapshots: [...dailySnapshots(quiet, "lostFollowers"), snapshot(10, 9, { hasFollowers: false, lostFollowers: 500 })],
      expected: [],
    },
    { name: "too little history", snapshots: dailySnapshots([0, 4, 5, 900], "lostFollowers"), expected: [] },
  ])("$name", ({ snapshots, expected }) => {
    expect(detect(snapshots).map((a) => ({ id: a.snapshotIds.at(-1), severity: a.severity }))).toEqual(expected);
  });

  it("says what happened, with the evidence around it", () => {
    const [a] = detect(dailySnapshots([...quiet, 80], "lostFollowers"));
    expect(a).toMatchObject({
      kind: "mass-unfollow-spike",
      key: "mass-unfollow-spike:7:2026-05-10T08:00:00.000Z",
      windowStart: new Date("2026-05-09T08:00:00Z"),
      windowEnd: new Date("2026-05-10T08:00:00Z"),
      summary: "@maria lost 80 followers between 9 and 10 May, where 5 a day is usual",
      accounts: [],
      accountCount: 80,
      snapshotIds: [9, 10],
    });
    expect(a!.evidence.facts).toContainEqual({ label: "Times the usual", value: "16×" });
    expect(a!.evidence.series).toMatchObject({ label: "Followers lost", unit: "per day", baseline: 5 });
    expect(a!.evidence.series!.points).toHaveLength(9);
    expect(a!.evidence.series!.points.filter((p) => p.inWindow)).toEqual([{ at: "2026-05-10T08:00:00.000Z", value: 80, inWindow: true }]);
  });

  it("spreads a long gap's losses over its days and notes a snapshot flagged as partial", () => {
    const snapshots = [...dailySnapshots(quiet, "lostFollowers"), snapshot(10, 11, { lostFollowers: 600, flaggedPartial: true })];
    const [a] = detect(snapshots);
    expect(a!.summary).toBe("@maria lost 600 followers between 9 and 12 May, about 200 a day, where 5 a day is usual (the snapshot looked incomplete: some of these may not be real unfollows)");
    expect(a!.evidence.facts).toContainEqual({ label: "Snapshot", value: "flagged as probably incomplete, applied anyway" });
  });

  it("gives the same key on every run and a different one for another snapshot", () => {
    const one = detect(dailySnapshots([...quiet, 80, 5, 90], "lostFollowers")).map((a) => a.key);
    expect(one).toHaveLength(2);
    expect(new Set(one).size).toBe(2);
    expect(detect(dailySnapshots([...quiet, 80, 5, 90], "lostFollowers")).map((a) => a.key)).toEqual(one);
  });
});

describe("detectMassUnfollowSpikes on an account that usually loses none", () => {
  it("says so", () => {
    const [a] = detectMassUnfollowSpikes(7, "maria", dailySnapshots([0, 0, 0, 0, 0, 0, 0, 25], "lostFollowers"));
    expect(a!.summary).toBe("@maria lost 25 followers between 7 and 8 May, where none is usual");
    expect(a!.evidence.facts).toContainEqual({ label: "Times the usual", value: "—" });
  });
});
