import { describe, expect, it } from "vitest";
import { prepareSnapshot } from "./prepare-snapshot";
import { applySnapshotReference, emptyTimeline, SnapshotOrderError, type TimelineState } from "./timeline";

type List = Array<[handle: string, since: string | null]> | null;
const D = (iso: string) => new Date(iso);
const toEntries = (list: List) => list && list.map(([handle, since]) => ({ handle, since: since === null ? null : D(since) }));
const snap = (takenAt: string, followers: List, following: List = null) =>
  prepareSnapshot({ takenAt: D(takenAt), source: "test", followers: toEntries(followers), following: toEntries(following) });

function run(...snaps: ReturnType<typeof snap>[]) {
  const state = emptyTimeline();
  const results = snaps.map((s) => applySnapshotReference(state, s));
  return { state, results, last: results[results.length - 1] };
}
/** [day, followers, gainedFollowers, lostFollowers] per UTC day */
const followerDays = (s: TimelineState) =>
  [...s.daily.values()].sort((a, b) => a.day.localeCompare(b.day)).map((r) => [r.day, r.followers, r.gainedFollowers, r.lostFollowers]);
const interval = (key: string, direction: 1 | 2, since: string, untilAfter: string, untilBefore: string) => ({
  key, direction, since: D(since), untilAfter: D(untilAfter), untilBefore: D(untilBefore),
});

const T1 = "2026-01-10T12:00:00.000Z", T2 = "2026-01-12T08:00:00.000Z", T3 = "2026-01-15T20:00:00.000Z", T4 = "2026-01-20T00:00:00.000Z";
const S0 = "2026-01-01T05:00:00.000Z";

describe("applySnapshotReference", () => {
  it("dates first-snapshot gains by their since (UTC days) with a cumulative followers column", () => {
    const { state, last } = run(
      snap(T1, [["a", S0], ["b", "2026-01-01T23:59:59Z"], ["c", "2026-01-02T22:00:00-05:00"], ["d", null], ["e", "2027-01-01T00:00:00Z"]]),
    );
    expect(followerDays(state)).toEqual([
      ["2026-01-01", 2, 2, 0],
      ["2026-01-03", 3, 1, 0],
      ["2026-01-10", 5, 2, 0], // unknown and future dates become takenAt
    ]);
    expect(last?.status).toBe("applied");
    expect(last?.summary).toMatchObject({ gainedFollowers: 5, lostFollowers: 0, followerCount: 5 });
    expect(state.lastFollowersAt).toEqual(D(T1));
    expect(state.lastFollowingAt).toBeNull();
  });

  it("closes a lost follower between the previous and this snapshot, loss on this snapshot's day", () => {
    const { state, last } = run(snap(T1, [["a", S0], ["b", S0]]), snap(T2, [["a", S0]]));
    expect(state.intervals).toEqual([interval("b", 1, S0, T1, T2)]);
    expect(state.relationships.get("b")).toMatchObject({ followerSince: null, followerLostAfter: D(T1), followerLostBefore: D(T2) });
    expect(followerDays(state)).toEqual([["2026-01-01", 2, 2, 0], ["2026-01-12", 1, 0, 1]]);
    expect(last?.summary).toMatchObject({ gainedFollowers: 0, lostFollowers: 1, followerCount: 1 });
  });

  it("closes a lost followee in direction 2", () => {
    const { state, last } = run(snap(T1, null, [["x", S0]]), snap(T2, null, []));
    expect(state.intervals).toEqual([interval("x", 2, S0, T1, T2)]);
    expect(state.relationships.get("x")).toMatchObject({ followingSince: null, followingLostAfter: D(T1), followingLostBefore: D(T2) });
    expect(last?.summary).toMatchObject({ lostFollowing: 1, followingCount: 0, lostFollowers: 0 });
  });

  it("treats followers: null as no data: nothing gained or lost, lastFollowersAt stays", () => {
    const { state, results } = run(snap(T1, [["a", S0], ["b", S0]]), snap(T2, null, [["x", S0]]), snap(T3, [["a", S0]]));
    expect(results[1]?.summary).toMatchObject({ gainedFollowers: 0, lostFollowers: 0, followerCount: 2, gainedFollowing: 1 });
    expect(results[2]?.summary).toMatchObject({ lostFollowers: 1, followerCount: 1 });
    // the loss happened after T1, the last snapshot that had a follower list, not after T2
    expect(state.intervals).toEqual([interval("b", 1, S0, T1, T3)]);
    expect(state.lastFollowersAt).toEqual(D(T3));
    expect(state.lastFollowingAt).toEqual(D(T2));
    expect(state.lastTakenAt).toEqual(D(T3));
  });

  it("opens a new period on a re-follow and keeps the old interval", () => {
    const refollow = "2026-01-14T09:00:00.000Z";
    const { state, last } = run(snap(T1, [["a", S0]]), snap(T2, []), snap(T3, [["A", refollow]]));
    expect(state.relationships.get("a")).toMatchObject({ handle: "A", followerSince: D(refollow) });
    expect(state.intervals).toEqual([interval("a", 1, S0, T1, T2)]);
    expect(followerDays(state)).toEqual([["2026-01-01", 1, 1, 0], ["2026-01-12", 0, 0, 1], ["2026-01-14", 1, 1, 0]]);
    expect(last?.summary).toMatchObject({ gainedFollowers: 1, followerCount: 1 });
  });

  it.each([
    { followers: [], following: [], counts: [0, 0, 0] },
    { followers: ["a", "b", "c"], following: ["b", "c", "d", "e"], counts: [3, 4, 2] },
    { followers: ["a"], following: ["A"], counts: [1, 1, 1] },
    { followers: ["a", "b"], following: ["c"], counts: [2, 1, 0] },
  ])("counts followers/following/mutuals for $followers vs $following", ({ followers, following, counts }) => {
    const { last } = run(snap(T1, followers.map((h) => [h, S0]), following.map((h) => [h, S0])));
    const s = last?.summary;
    expect([s?.followerCount, s?.followingCount, s?.mutualCount]).toEqual(counts);
  });

  it("updates mutualCount when one side of a mutual is lost", () => {
    const { results } = run(snap(T1, [["a", S0]], [["a", S0]]), snap(T2, [["a", S0]], []));
    expect(results.map((r) => r.summary.mutualCount)).toEqual([1, 0]);
  });

  it("reports the same contentHash twice as a duplicate with zero changes and unchanged state", () => {
    const { state } = run(snap(T1, [["a", S0]]), snap(T2, [["a", S0], ["b", S0]], [["x", S0]]));
    const before = structuredClone(state);
    const result = applySnapshotReference(state, snap(T2, [["B", S0], ["@a", S0]], [["x", S0]]));
    expect(result).toEqual({
      status: "duplicate",
      summary: { gainedFollowers: 0, lostFollowers: 0, gainedFollowing: 0, lostFollowing: 0, followerCount: 2, followingCount: 1, mutualCount: 0 },
    });
    expect(state).toEqual(before);
  });

  it.each([
    { name: "equal takenAt", takenAt: T2 },
    { name: "1 ms older", takenAt: "2026-01-12T07:59:59.999Z" },
    { name: "days older", takenAt: T1 },
  ])("throws SnapshotOrderError for $name and leaves state unchanged", ({ takenAt }) => {
    const { state } = run(snap(T1, [["a", S0]]), snap(T2, [["a", S0], ["b", S0]]));
    const before = structuredClone(state);
    expect(() => applySnapshotReference(state, snap(takenAt, [["c", S0]]))).toThrow(SnapshotOrderError);
    expect(state).toEqual(before);
  });

  it("extends an interval closed twice with the same (key, direction, since)", () => {
    const { state } = run(snap(T1, [["a", S0]]), snap(T2, []), snap(T3, [["a", S0]]), snap(T4, []));
    expect(state.intervals).toEqual([interval("a", 1, S0, T3, T4)]);
    expect(state.relationships.get("a")).toMatchObject({ followerSince: null, followerLostAfter: D(T3), followerLostBefore: D(T4) });
  });

  it("keeps the spelling last seen", () => {
    const { state } = run(snap(T1, [["Alice", S0]]), snap(T2, [["ALICE", S0]]), snap(T3, null, [["alice", S0]]));
    expect(state.relationships.get("alice")?.handle).toBe("alice");
  });

  // A follower who reappears with the same `since` (after a partial list) is charted no earlier than the loss it
  // undoes, so the history never counts one account twice.
  it("never counts more followers on a day than accounts that ever followed", () => {
    const { state } = run(snap(T1, [["a", S0]]), snap(T2, []), snap(T3, [["a", S0]]));
    expect(Math.max(...[...state.daily.values()].map((r) => r.followers))).toBe(1);
  });
});
