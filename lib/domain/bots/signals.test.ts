import { describe, expect, it } from "vitest";
import { accountAge, activity, avatar, bio, followers, following, handle, privacy, ratio, videos, type Signal } from "./signals";
import type { BotSignalInput } from "./types";
import { STEPS_ON, WEIGHT_KEYS, WEIGHT_SIGN, WEIGHTS as W, type WeightKey } from "./weights";

const NOW = new Date("2025-06-01T00:00:00Z");
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000);
const run = (signal: Signal, input: Partial<BotSignalInput>) => signal({ input: { handle: "someone", ...input }, nowMs: NOW.getTime() });

describe("profile signals", () => {
  it.each([
    { name: "avatar missing", signal: avatar, input: { hasAvatar: false }, expected: ["no-avatar", W.noAvatar] },
    { name: "avatar present", signal: avatar, input: { hasAvatar: true }, expected: null },
    { name: "avatar unknown", signal: avatar, input: { hasAvatar: null }, expected: null },
    { name: "zero videos", signal: videos, input: { videoCount: 0 }, expected: ["zero-videos", W.zeroVideos] },
    { name: "zero videos, private", signal: videos, input: { videoCount: 0, isPrivate: true }, expected: ["zero-videos", W.zeroVideosPrivate] },
    { name: "one video", signal: videos, input: { videoCount: 1 }, expected: ["few-videos", W.fewVideos] },
    { name: "two videos", signal: videos, input: { videoCount: 2 }, expected: ["few-videos", W.fewVideos] },
    { name: "a few videos", signal: videos, input: { videoCount: 4 }, expected: null },
    { name: "ten videos", signal: videos, input: { videoCount: 10 }, expected: ["many-videos", W.manyVideos] },
    { name: "fifty videos", signal: videos, input: { videoCount: 50 }, expected: ["many-videos", W.lotsOfVideos] },
    { name: "fifty videos from a young account earn nothing", signal: videos, input: { videoCount: 50, accountCreatedAt: daysAgo(10) }, expected: null },
    { name: "fifty videos, account 40 days old", signal: videos, input: { videoCount: 50, accountCreatedAt: daysAgo(40) }, expected: ["many-videos", W.lotsOfVideos] },
    { name: "videos unknown", signal: videos, input: {}, expected: null },
    { name: "posted 89 days ago", signal: activity, input: { lastPostAt: daysAgo(89) }, expected: null },
    { name: "posted 90 days ago", signal: activity, input: { lastPostAt: daysAgo(90) }, expected: ["inactive", W.inactive] },
    { name: "invalid last post date", signal: activity, input: { lastPostAt: new Date("nope") }, expected: null },
    { name: "created 3 days ago", signal: accountAge, input: { accountCreatedAt: daysAgo(3) }, expected: ["young-account", W.youngAccount] },
    { name: "created 29 days ago", signal: accountAge, input: { accountCreatedAt: daysAgo(29.5) }, expected: ["young-account", W.youngAccount] },
    { name: "created 30 days ago", signal: accountAge, input: { accountCreatedAt: daysAgo(30) }, expected: null },
    { name: "created in the future", signal: accountAge, input: { accountCreatedAt: daysAgo(-5) }, expected: null },
    { name: "old and active", signal: accountAge, input: { accountCreatedAt: daysAgo(400), lastPostAt: daysAgo(10) }, expected: ["old-active-account", W.oldActiveAccount] },
    { name: "old, dormant", signal: accountAge, input: { accountCreatedAt: daysAgo(400), lastPostAt: daysAgo(200) }, expected: null },
    { name: "two years old", signal: accountAge, input: { accountCreatedAt: daysAgo(800) }, expected: ["old-account", W.oldAccount] },
    { name: "follows 1,500", signal: following, input: { followingCount: 1500 }, expected: null },
    { name: "follows 1,501", signal: following, input: { followingCount: 1501 }, expected: ["mass-following", W.massFollowing] },
    { name: "follows 7,000", signal: following, input: { followingCount: 7000 }, expected: ["mass-following", W.hugeFollowing] },
    { name: "ratio 48.2", signal: ratio, input: { followingCount: 482, followerCount: 10 }, expected: ["following-ratio", W.ratioStrong] },
    { name: "ratio exactly 20", signal: ratio, input: { followingCount: 200, followerCount: 10 }, expected: ["following-ratio", W.ratioHigh] },
    { name: "ratio 5", signal: ratio, input: { followingCount: 500, followerCount: 100 }, expected: ["following-ratio", W.ratioMild] },
    { name: "ratio exactly 3", signal: ratio, input: { followingCount: 300, followerCount: 100 }, expected: null },
    { name: "zero followers counts as one", signal: ratio, input: { followingCount: 60, followerCount: 0 }, expected: ["following-ratio", W.ratioStrong] },
    { name: "too few follows to judge a ratio", signal: ratio, input: { followingCount: 30, followerCount: 0 }, expected: null },
    { name: "ratio needs both counts", signal: ratio, input: { followingCount: 3000 }, expected: null },
    { name: "3 followers", signal: followers, input: { followerCount: 3 }, expected: ["few-followers", W.fewFollowers10] },
    { name: "30 followers", signal: followers, input: { followerCount: 30 }, expected: ["few-followers", W.fewFollowers50] },
    { name: "149 followers", signal: followers, input: { followerCount: 149 }, expected: ["few-followers", W.fewFollowers150] },
    { name: "150 followers", signal: followers, input: { followerCount: 150 }, expected: null },
    { name: "earned audience", signal: followers, input: { followerCount: 5000, followingCount: 200 }, expected: ["established-audience", W.establishedAudience] },
    { name: "traded audience", signal: followers, input: { followerCount: 5000, followingCount: 8000 }, expected: null },
    { name: "default handle", signal: handle, input: { handle: "user7391028374" }, expected: ["default-handle", W.defaultHandle] },
    { name: "serial handle", signal: handle, input: { handle: "emma_k7382910" }, expected: ["digit-heavy-handle", W.digitHeavyHandle] },
    { name: "mostly digits", signal: handle, input: { handle: "x8812" }, expected: ["digit-heavy-handle", W.digitHeavyHandle] },
    { name: "random handle", signal: handle, input: { handle: "xkqzvbnm" }, expected: ["random-handle", W.randomHandle] },
    { name: "digits make up 20% or more", signal: handle, input: { handle: "lilly_7263" }, expected: ["digit-heavy-handle", W.digitsInHandle] },
    { name: "a year is digits too (the fit set cannot tell years apart)", signal: handle, input: { handle: "anna1998" }, expected: ["digit-heavy-handle", W.digitsInHandle] },
    { name: "a short serial in a long name", signal: handle, input: { handle: "elizabeth_marie_738" }, expected: ["digit-heavy-handle", W.shortSerial] },
    { name: "a year in a long name", signal: handle, input: { handle: "elizabeth_marie_k1998" }, expected: null },
    { name: "withheld handle, digit share known", signal: handle, input: { handle: "", handleDigitShare: 0.3 }, expected: ["digit-heavy-handle", W.digitsInHandle] },
    { name: "withheld handle, mostly digits", signal: handle, input: { handle: "", handleDigitShare: 0.75 }, expected: ["digit-heavy-handle", W.digitHeavyHandle] },
    { name: "withheld handle, few digits", signal: handle, input: { handle: "", handleDigitShare: 0.1 }, expected: null },
    { name: "withheld handle, nothing known", signal: handle, input: { handle: "" }, expected: null },
    { name: "a real handle wins over a stated share", signal: handle, input: { handle: "jessica.miller", handleDigitShare: 0.9 }, expected: null },
    { name: "name handle", signal: handle, input: { handle: "jessica.miller" }, expected: null },
    { name: "empty bio", signal: bio, input: { bioLength: 0 }, expected: ["empty-bio", W.emptyBio] },
    { name: "bio written", signal: bio, input: { bioLength: 40 }, expected: null },
    { name: "private", signal: privacy, input: { isPrivate: true }, expected: ["private", W.private] },
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
      signal: "following-ratio", value: 48.2, weight: W.ratioStrong, detail: "follows 48× more accounts than follow it",
    });
  });
});

describe("weights", () => {
  it("keep every weight on its side of zero", () => {
    for (const key of WEIGHT_KEYS) expect(W[key] * WEIGHT_SIGN[key], key).toBeGreaterThanOrEqual(0);
  });

  it("never weigh a stronger bucket less (in its direction) than the one it steps up from", () => {
    for (const [key, below] of Object.entries(STEPS_ON) as [WeightKey, WeightKey[]][])
      for (const weaker of below) expect(W[key] * WEIGHT_SIGN[key], `${key} vs ${weaker}`).toBeGreaterThanOrEqual(W[weaker] * WEIGHT_SIGN[key]);
  });
});
