import { describe, expect, it } from "vitest";
import { suggestionReasons, type SuggestionFacts } from "./suggestion-reasons";
import { graceCutoff, inactiveCutoff, isInGracePeriod } from "./suggestion-rules";

const now = new Date("2026-05-10T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);
const daysAgo = (d: number) => hoursAgo(d * 24);

const base: SuggestionFacts = {
  followingSince: daysAgo(30),
  followerSince: daysAgo(20),
  botLabel: "likely-real",
  lastPostAt: daysAgo(3),
  videoCount: 12,
  list: null,
};

describe("suggestionReasons", () => {
  it.each<[string, Partial<SuggestionFacts>, string[]]>([
    ["a mutual, active, real account", {}, []],
    ["not following back", { followerSince: null }, ["not-following-back"]],
    ["likely bot", { botLabel: "likely-bot" }, ["bot-like"]],
    ["suspicious", { botLabel: "suspicious" }, ["bot-like"]],
    ["unknown bot label is not bot-like", { botLabel: "unknown" }, []],
    ["never scored", { botLabel: null }, []],
    ["last post 91 days ago", { lastPostAt: daysAgo(91) }, ["inactive"]],
    ["last post 89 days ago", { lastPostAt: daysAgo(89) }, []],
    ["last post exactly 90 days ago is not older than 90 days", { lastPostAt: daysAgo(90) }, []],
    ["no videos", { videoCount: 0, lastPostAt: null }, ["inactive"]],
    ["unknown profile is not inactive", { videoCount: null, lastPostAt: null }, []],
    ["every reason, in a fixed order", { followerSince: null, botLabel: "suspicious", videoCount: 0 }, ["not-following-back", "bot-like", "inactive"]],
    ["not followed at all", { followingSince: null, followerSince: null }, []],
    ["followed 47 hours ago: grace period", { followingSince: hoursAgo(47), followerSince: null }, []],
    ["followed 1 minute ago: grace period", { followingSince: new Date(now.getTime() - 60_000), botLabel: "likely-bot" }, []],
    ["followed exactly 48 hours ago: out of grace", { followingSince: hoursAgo(48), followerSince: null }, ["not-following-back"]],
    ["followed 49 hours ago", { followingSince: hoursAgo(49), followerSince: null }, ["not-following-back"]],
    ["on the keep list", { followerSince: null, botLabel: "likely-bot", list: "keep" }, []],
    ["on the unfollow list stays suggested", { followerSince: null, list: "unfollow" }, ["not-following-back"]],
  ])("%s", (_name, change, expected) => {
    expect(suggestionReasons({ ...base, ...change }, now)).toEqual(expected);
  });
});

describe("cut-offs", () => {
  it("puts the grace cut-off 48 hours and the inactive cut-off 90 days before now", () => {
    expect(graceCutoff(now).toISOString()).toBe("2026-05-08T12:00:00.000Z");
    expect(inactiveCutoff(now).toISOString()).toBe("2026-02-09T12:00:00.000Z");
  });
  it.each([
    [hoursAgo(0), true],
    [hoursAgo(47.99), true],
    [hoursAgo(48), false],
    [hoursAgo(200), false],
    [new Date(now.getTime() + 3_600_000), true],
  ])("followed at %s: in grace %s", (since, expected) => {
    expect(isInGracePeriod(since, now)).toBe(expected);
  });
});
