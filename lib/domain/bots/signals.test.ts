import { describe, expect, it } from "vitest";
import { accountAge, activity, avatar, bio, followers, following, handle, privacy, ratio, videos, type Signal } from "./signals";
import type { BotSignalInput } from "./types";

const NOW = new Date("2025-06-01T00:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const run = (signal: Signal, input: Partial<BotSignalInput>) => signal({ input: { handle: "someone", ...input }, nowMs: NOW.getTime() });

describe("profile signals", () => {
  it.each([
    { name: "avatar missing", signal: avatar, input: { hasAvatar: false }, expected: ["no-avatar", 15] },
    { name: "avatar present", signal: avatar, input: { hasAvatar: true }, expected: null },
    { name: "avatar unknown", signal: avatar, input: { hasAvatar: null }, expected: null },
    { name: "zero videos", signal: videos, input: { videoCount: 0 }, expected: ["zero-videos", 12] },
    { name: "zero videos, private", signal: videos, input: { videoCount: 0, isPrivate: true }, expected: ["zero-videos", 6] },
    { name: "a few videos", signal: videos, input: { videoCount: 4 }, expected: null },
    { name: "ten videos", signal: videos, input: { videoCount: 10 }, expected: ["many-videos", -8] },
    { name: "fifty videos", signal: videos, input: { videoCount: 50 }, expected: ["many-videos", -15] },
    { name: "fifty videos from a young account earn nothing", signal: videos, input: { videoCount: 50, accountCreatedAt: daysAgo(10) }, expected: null },
    { name: "fifty videos, account 40 days old", signal: videos, input: { videoCount: 50, accountCreatedAt: daysAgo(40) }, expected: ["many-videos", -15] },
    { name: "videos unknown", signal: videos, input: {}, expected: null },
    { name: "posted 89 days ago", signal: activity, input: { lastPostAt: daysAgo(89) }, expected: null },
    { name: "posted 90 days ago", signal: activity, input: { lastPostAt: daysAgo(90) }, expected: ["inactive", 8] },
    { name: "invalid last post date", signal: activity, input: { lastPostAt: new Date("nope") }, expected: null },
    { name: "created 3 days ago", signal: accountAge, input: { accountCreatedAt: daysAgo(3) }, expected: ["young-account", 10] },
    { name: "created 29 days ago", signal: accountAge, input: { accountCreatedAt: daysAgo(29.5) }, expected: ["young-account", 10] },
    { name: "created 30 days ago", signal: accountAge, input: { accountCreatedAt: daysAgo(30) }, expected: null },
    { name: "created in the future", signal: accountAge, input: { accountCreatedAt: daysAgo(-5) }, expected: null },
    { name: "old and active", signal: accountAge, input: { accountCreatedAt: daysAgo(400), lastPostAt: daysAgo(10) }, expected: ["old-active-account", -15] },
    { name: "old, dormant", signal: accountAge, input: { accountCreatedAt: daysAgo(400), lastPostAt: daysAgo(200) }, expected: null },
    { name: "two years old", signal: accountAge, input: { accountCreatedAt: daysAgo(800) }, expected: ["old-account", -5] },
    { name: "follows 1,500", signal: following, input: { followingCount: 1500 }, expected: null },
    { name: "follows 1,501", signal: following, input: { followingCount: 1501 }, expected: ["mass-following", 12] },
    { name: "follows 7,000", signal: following, input: { followingCount: 7000 }, expected: ["mass-following", 16] },
    { name: "ratio 48.2", signal: ratio, input: { followingCount: 482, followerCount: 10 }, expected: ["following-ratio", 18] },
    { name: "ratio exactly 20", signal: ratio, input: { followingCount: 200, followerCount: 10 }, expected: ["following-ratio", 8] },
    { name: "ratio 5", signal: ratio, input: { followingCount: 500, followerCount: 100 }, expected: null },
    { name: "zero followers counts as one", signal: ratio, input: { followingCount: 60, followerCount: 0 }, expected: ["following-ratio", 18] },
    { name: "too few follows to judge a ratio", signal: ratio, input: { followingCount: 30, followerCount: 0 }, expected: null },
    { name: "ratio needs both counts", signal: ratio, input: { followingCount: 3000 }, expected: null },
    { name: "3 followers", signal: followers, input: { followerCount: 3 }, expected: ["few-followers", 10] },
    { name: "30 followers", signal: followers, input: { followerCount: 30 }, expected: ["few-followers", 4] },
    { name: "300 followers", signal: followers, input: { followerCount: 300 }, expected: null },
    { name: "earned audience", signal: followers, input: { followerCount: 5000, followingCount: 200 }, expected: ["established-audience", -10] },
    { name: "traded audience", signal: followers, input: { followerCount: 5000, followingCount: 8000 }, expected: null },
    { name: "default handle", signal: handle, input: { handle: "user7391028374" }, expected: ["default-handle", 12] },
    { name: "serial handle", signal: handle, input: { handle: "emma_k7382910" }, expected: ["digit-heavy-handle", 10] },
    { name: "random handle", signal: handle, input: { handle: "xkqzvbnm" }, expected: ["random-handle", 10] },
    { name: "short serial handle", signal: handle, input: { handle: "lilly_7263" }, expected: ["digit-heavy-handle", 5] },
    { name: "year handle", signal: handle, input: { handle: "anna1998" }, expected: null },
    { name: "name handle", signal: handle, input: { handle: "jessica.miller" }, expected: null },
    { name: "empty bio", signal: bio, input: { bioLength: 0 }, expected: ["empty-bio", 6] },
    { name: "bio written", signal: bio, input: { bioLength: 40 }, expected: null },
    { name: "private", signal: privacy, input: { isPrivate: true }, expected: ["private", 3] },
    { name: "public", signal: privacy, input: { isPrivate: false }, expected: null },
  ])("$name", ({ signal, input, expected }) => {
    const r = run(signal, input);
    expect(r && [r.signal, r.weight]).toEqual(expected);
  });

  it("writes counts with thousands separators", () => {
    expect(run(following, { followingCount: 7000 })?.detail).toBe("follows 7,000 accounts (over 1,500)");
    expect(run(followers, { followerCount: 1234567 })?.detail).toBe("1,234,567 followers");
  });

  it("explains the ratio with its value", () => {
    expect(run(ratio, { followingCount: 482, followerCount: 10 })).toEqual({
      signal: "following-ratio", value: 48.2, weight: 18, detail: "follows 48× more accounts than follow it",
    });
  });
});
