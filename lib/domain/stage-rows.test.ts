import { describe, expect, it } from "vitest";
import { prepareSnapshot } from "./prepare-snapshot";
import { sliceColumns, stageColumns } from "./stage-rows";

const at = new Date("2026-02-01T00:00:00Z");
const d = (iso: string) => new Date(iso);
const sec = (iso: string) => Date.parse(iso) / 1000;

describe("stageColumns", () => {
  it.each([
    { name: "both lists null", followers: null, following: null, keys: [] },
    { name: "followers only", followers: ["b", "a"], following: null, keys: ["a", "b"] },
    { name: "interleaved with overlap", followers: ["a", "c", "e"], following: ["b", "c", "f"], keys: ["a", "b", "c", "e", "f"] },
    { name: "following only", followers: [], following: ["z", "y"], keys: ["y", "z"] },
  ])("merges by key: $name", ({ followers, following, keys }) => {
    const entries = (l: string[] | null) => l && l.map((handle) => ({ handle, since: null }));
    const cols = stageColumns(prepareSnapshot({ takenAt: at, source: "t", followers: entries(followers), following: entries(following) }));
    expect(cols.keys).toEqual(keys);
    expect(cols.followerSince.map((s) => s !== null)).toEqual(keys.map((k) => (followers ?? []).includes(k)));
    expect(cols.followingSince.map((s) => s !== null)).toEqual(keys.map((k) => (following ?? []).includes(k)));
  });

  it("keeps each list's own date and the follower list's spelling", () => {
    const cols = stageColumns(
      prepareSnapshot({
        takenAt: at,
        source: "t",
        followers: [{ handle: "Ann", since: d("2025-01-01T00:00:00Z") }],
        following: [{ handle: "ann", since: d("2025-06-01T00:00:00Z") }],
      }),
    );
    expect(cols).toEqual({ keys: ["ann"], handles: ["Ann"], followerSince: [sec("2025-01-01T00:00:00Z")], followingSince: [sec("2025-06-01T00:00:00Z")] });
    expect(sliceColumns(cols, 0, 0).keys).toEqual([]);
  });
});
