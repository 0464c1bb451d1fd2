import { describe, expect, it } from "vitest";
import { findBurstCandidates } from "./find-burst-candidates";
import { dailySnapshots, snapshot } from "./test-fixtures";

const quiet = [0, 20, 25, 18, 22, 24, 19, 21];

describe("findBurstCandidates", () => {
  it.each([
    { name: "a jump of gains against a steady history", snapshots: dailySnapshots([...quiet, 400], "gainedFollowers"), expected: [9] },
    { name: "a steady history", snapshots: dailySnapshots([...quiet, 26], "gainedFollowers"), expected: [] },
    { name: "too little history to judge", snapshots: dailySnapshots([0, 20, 22, 400], "gainedFollowers"), expected: [] },
    {
      name: "a weekly snapshot after a normal week (gains spread over 7 days)",
      snapshots: [...dailySnapshots(quiet, "gainedFollowers"), snapshot(9, 14, { gainedFollowers: 150 })],
      expected: [],
    },
    {
      name: "a snapshot without the followers list is skipped",
      snapshots: [...dailySnapshots(quiet, "gainedFollowers"), snapshot(9, 8, { hasFollowers: false, gainedFollowers: 900 })],
      expected: [],
    },
    { name: "a small account gaining a few more than usual", snapshots: dailySnapshots([0, 0, 1, 0, 0, 1, 0, 6], "gainedFollowers"), expected: [] },
  ])("$name", ({ snapshots, expected }) => {
    expect(findBurstCandidates(snapshots)).toEqual(expected);
  });
});
