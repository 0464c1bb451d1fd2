import { describe, expect, it } from "vitest";
import { audienceConfidence, confidentShare, partPercent, profileGapNote } from "./audience-confidence";

describe("confidentShare and audienceConfidence", () => {
  it.each([
    { counts: { low: 0, medium: 0, high: 0 }, share: null, level: null },
    { counts: { low: 975, medium: 0, high: 0 }, share: 0, level: "low" },
    { counts: { low: 82, medium: 10, high: 8 }, share: 0.18, level: "low" },
    { counts: { low: 50, medium: 25, high: 25 }, share: 0.5, level: "medium" },
    { counts: { low: 21, medium: 0, high: 79 }, share: 0.79, level: "medium" },
    { counts: { low: 20, medium: 30, high: 50 }, share: 0.8, level: "high" },
    { counts: { low: 0, medium: 0, high: 600 }, share: 1, level: "high" },
  ])("$counts: $share, $level", ({ counts, share, level }) => {
    const actual = confidentShare(counts);
    if (share === null) expect(actual).toBeNull();
    else expect(actual).toBeCloseTo(share, 12);
    expect(audienceConfidence(confidentShare(counts))).toBe(level);
  });
});

describe("profileGapNote", () => {
  it.each([
    { noProfile: 0, followers: 0, note: null },
    { noProfile: 0, followers: 600, note: null },
    { noProfile: 300, followers: 600, note: null }, // half is not most
    { noProfile: 82, followers: 100, note: "82% of your followers have only a handle and a follow date: their scores use name and timing evidence only (low confidence)." },
    { noProfile: 999, followers: 1000, note: "99% of your followers have only a handle and a follow date: their scores use name and timing evidence only (low confidence)." }, // not rounded up to all
    { noProfile: 975, followers: 975, note: "All of your followers have only a handle and a follow date: their scores use name and timing evidence only (low confidence)." },
  ])("$noProfile of $followers", ({ noProfile, followers, note }) => {
    expect(profileGapNote(noProfile, followers)).toBe(note);
  });
});

describe("partPercent", () => {
  it.each([
    [1, 1000, "1%"], [4, 1000, "1%"], [500, 1000, "50%"], [996, 1000, "99%"], [7, 7, "100%"],
  ])("%i of %i = %s", (part, whole, text) => {
    expect(partPercent(part, whole)).toBe(text);
  });
});
