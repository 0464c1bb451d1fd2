import { describe, expect, it } from "vitest";
import { firstSnapshotTallies } from "./first-snapshot-tallies";

const s = (iso: string) => Date.parse(iso) / 1000;

describe("firstSnapshotTallies", () => {
  it.each([
    { name: "empty", rows: [], sizes: [0, 0, 0], days: [], followers: [], following: [] },
    {
      name: "one follower, one following, one mutual on two days",
      rows: [
        [s("2026-01-01T00:00:00Z"), null],
        [null, s("2026-01-02T23:59:59.999Z")],
        [s("2026-01-02T00:00:00.000Z"), s("2026-01-01T12:00:00Z")],
      ],
      sizes: [2, 2, 1],
      days: ["2026-01-01", "2026-01-02"],
      followers: [1, 1],
      following: [1, 1],
    },
    {
      name: "days sorted, before 1970 included",
      rows: [
        [s("2025-03-01T10:00:00Z"), null],
        [s("1969-12-31T23:00:00Z"), null],
        [s("2025-03-01T11:00:00Z"), null],
      ],
      sizes: [3, 0, 0],
      days: ["1969-12-31", "2025-03-01"],
      followers: [1, 2],
      following: [0, 0],
    },
  ])("$name", ({ rows, sizes, days, followers, following }) => {
    const columns = {
      keys: rows.map((_, i) => `h${i}`),
      handles: rows.map((_, i) => `h${i}`),
      followerSince: rows.map((r) => r[0] ?? null),
      followingSince: rows.map((r) => r[1] ?? null),
    };
    const t = firstSnapshotTallies(columns);
    expect([t.followers, t.following, t.mutual]).toEqual(sizes);
    expect(t.gains).toEqual({ days, followers, following });
  });
});
