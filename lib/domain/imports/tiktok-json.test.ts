import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTikTokJson } from "./tiktok-json";
import { chunked, importError, NOW } from "./test-chunks";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../../../test/fixtures/exports", name));
const parse = (text: string | Uint8Array, size?: number) => parseTikTokJson(chunked(text, size), { now: NOW, name: "user_data_tiktok.json" });
const iso = (ms: number | undefined) => new Date(ms!).toISOString();
/** A 2025-layout export around one follower entry (or raw list text). */
const fans = (list: string) => `{"Profile And Settings": {"Follower": {"FansList": ${list}}, "Following": {"Following": []}}}`;
const fan = (entry: string) => fans(`[{"Date": "2025-01-02 10:00:00", "UserName": "ok_1"}, ${entry}]`);

describe("parseTikTokJson: the three layouts", () => {
  it.each([
    { file: "tiktok-2020.json", layout: "TikTok JSON, 2020–23 layout (Activity)", followers: ["fan_one", "Fan.Two", "fan_three"], following: ["star_a"], profile: { handle: "creator.2020", followerCount: 3, followingCount: 1 } },
    { file: "tiktok-2024.json", layout: "TikTok JSON, 2024 layout (Your Activity)", followers: ["fan_b", "Fan_A"], following: ["star_x", "star_y"], profile: { handle: "creator.2024", followerCount: 2, followingCount: 2 } },
    { file: "tiktok-2025.json", layout: "TikTok JSON, 2025+ layout (Profile And Settings)", followers: ["fan_b", "zoë.k", "алиса_1"], following: ["star_x"], profile: { handle: "Creator.2025", followerCount: 4, followingCount: 1 } },
  ])("$file", async ({ file, layout, followers, following, profile }) => {
    for (const size of [1, 13, 1 << 20]) {
      const parsed = await parse(fixture(file), size);
      expect(parsed.format).toBe("tiktok-json");
      expect(parsed.layout).toBe(layout);
      expect(parsed.followers?.handles).toEqual(followers);
      expect(parsed.following?.handles).toEqual(following);
      expect(parsed.profile).toEqual(profile);
      expect(parsed.unfollowed).toBeNull();
      expect(parsed.exportedAt).toBeNull();
    }
  });

  it("reads dates as UTC, merges case duplicates keeping the earliest date, and says so", async () => {
    const parsed = await parse(fixture("tiktok-2025.json"));
    expect(iso(parsed.followers?.since[0])).toBe("2025-01-01T09:00:00.000Z");
    expect(parsed.firstRecordAt?.toISOString()).toBe("2024-12-24T18:00:00.000Z");
    expect(parsed.lastRecordAt?.toISOString()).toBe("2025-01-06T10:00:00.000Z");
    expect(parsed.warnings).toEqual(['followers: 1 handle appears more than once (e.g. "fan_b" and "FAN_B"); merged, keeping the earliest date']);
  });

  it.each([
    { name: "spaced, lower-case keys", doc: `{"your activity": {"follower list": {"fans list": [{"Date": "2024-01-02 10:00:00", "UserName": "a"}]}}}` },
    { name: "no spaces, upper case", doc: `{"YOURACTIVITY": {"FollowerList": {"FANSLIST": [{"Date": "2024-01-02 10:00:00", "UserName": "a"}]}}}` },
    { name: "Username", doc: fans(`[{"Date": "2024-01-02 10:00:00", "Username": "a"}]`) },
    { name: "userName", doc: fans(`[{"Date": "2024-01-02 10:00:00", "userName": "a"}]`) },
    { name: "uniqueId and epoch seconds", doc: fans(`[{"date": 1704189600, "uniqueId": "a"}]`) },
    { name: "epoch milliseconds", doc: fans(`[{"Date": 1704189600000, "UserName": "a"}]`) },
    { name: "ISO with zone", doc: fans(`[{"Date": "2024-01-02T11:00:00+01:00", "UserName": "a"}]`) },
  ])("accepts $name", async ({ doc }) => {
    const parsed = await parse(doc);
    expect(parsed.followers?.handles).toEqual(["a"]);
    expect(iso(parsed.followers?.since[0])).toBe("2024-01-02T10:00:00.000Z");
  });

  it("an entry without a date has NaN", async () => {
    const parsed = await parse(fans(`[{"UserName": "a"}, {"UserName": "b", "Date": null}]`));
    expect(Number.isNaN(parsed.followers?.since[0])).toBe(true);
    expect(Number.isNaN(parsed.followers?.since[1])).toBe(true);
    expect(parsed.firstRecordAt).toBeNull();
  });

  it.each([
    { name: "a null list", doc: `{"Profile And Settings": {"Follower": {"FansList": null}, "Following": {"Following": [{"UserName": "x"}]}}}` },
    { name: "a null section", doc: `{"Profile And Settings": {"Follower": null, "Following": {"Following": [{"UserName": "x"}]}}}` },
    { name: "a missing list", doc: `{"Profile And Settings": {"Following": {"Following": [{"UserName": "x"}]}}}` },
  ])("$name means no follower data", async ({ doc }) => {
    const parsed = await parse(doc);
    expect(parsed.followers).toBeNull();
    expect(parsed.following?.handles).toEqual(["x"]);
  });

  it("an empty list is zero followers, not no data", async () => {
    const parsed = await parse(fans("[]"));
    expect(parsed.followers).toEqual({ handles: [], since: new Float64Array(0) });
  });

  it("ignores lookalike lists outside the known paths", async () => {
    const parsed = await parse(`{"Comment": {"FansList": [{"UserName": "no"}]}, "Activity": {"Block List": {"FansList": [1]}, "Follower List": {"FansList": [{"UserName": "yes"}]}}}`);
    expect(parsed.followers?.handles).toEqual(["yes"]);
  });

  it("is not fooled by keys that name Object.prototype members", async () => {
    const parsed = await parse(`{"constructor": {"x": 1}, "Activity": {"constructor": {"FansList": [1]}, "__proto__": {"FansList": [1]}, "toString": 1, "Follower List": {"FansList": [{"UserName": "a", "constructor": 1}]}}}`);
    expect(parsed.followers?.handles).toEqual(["a"]);
  });

  it("merges a list found under two paths, with a warning", async () => {
    const parsed = await parse(`{"Activity": {"Follower List": {"FansList": [{"UserName": "a"}]}}, "Profile And Settings": {"Follower": {"FansList": [{"UserName": "b"}, {"UserName": "a"}]}}}`);
    expect(parsed.followers?.handles).toEqual(["a", "b"]);
    expect(parsed.layout).toBe("TikTok JSON, mixed layout (Activity, Profile And Settings)");
    expect(parsed.warnings[0]).toMatch(/more than one place \(Activity.Follower List.FansList and Profile And Settings.Follower.FansList\)/);
  });
});

describe("parseTikTokJson: refused input", () => {
  const NOW_PLUS_2 = "2026-06-03 00:00:00";
  it.each([
    { name: "empty file", doc: "", code: "empty-file" },
    { name: "truncated", doc: fan(`{"Date": "2025-01-02 10:00:00", "UserName": "a"}`).slice(0, 90), code: "malformed" },
    { name: "no lists at all", doc: `{"Profile And Settings": {"Profile Info": {"ProfileMap": {"userName": "me"}}}}`, code: "no-lists" },
    { name: "both lists null", doc: `{"Activity": {"Follower List": {"FansList": null}, "Following List": null}}`, code: "no-lists" },
    { name: "a top-level array", doc: `[1]`, code: "wrong-shape", location: "the top level in user_data_tiktok.json" },
    { name: "a list that is an object", doc: fans(`{"UserName": "a"}`), code: "wrong-shape", location: "Profile And Settings.Follower.FansList in user_data_tiktok.json" },
    { name: "a section that is a list", doc: `{"Your Activity": {"Follower": [1]}}`, code: "wrong-shape", location: "Your Activity.Follower in user_data_tiktok.json" },
    { name: "an entry that is a string", doc: fan(`"bob"`), code: "wrong-shape", location: "Profile And Settings.Follower.FansList[1] in user_data_tiktok.json" },
    { name: "an entry without a handle", doc: fan(`{"Date": "2025-01-02 10:00:00"}`), code: "wrong-shape", location: "Profile And Settings.Follower.FansList[1] in user_data_tiktok.json" },
    { name: "a number for a name", doc: fan(`{"UserName": 12345}`), code: "wrong-shape", location: "Profile And Settings.Follower.FansList[1].UserName in user_data_tiktok.json" },
    { name: "an unparseable date", doc: fan(`{"Date": "yesterday", "UserName": "a"}`), code: "bad-date", location: "Profile And Settings.Follower.FansList[1].Date in user_data_tiktok.json" },
    { name: "February 30", doc: fan(`{"Date": "2024-02-30 10:00:00", "UserName": "a"}`), code: "bad-date" },
    { name: "a date object", doc: fan(`{"Date": {"y": 2024}, "UserName": "a"}`), code: "bad-date" },
    { name: "a future date", doc: fan(`{"Date": "${NOW_PLUS_2}", "UserName": "a"}`), code: "future-date", location: "Profile And Settings.Follower.FansList[1].Date in user_data_tiktok.json" },
    { name: "a handle with a space", doc: fan(`{"UserName": "bad name"}`), code: "bad-handle", message: /a space/ },
    { name: "a handle with emoji", doc: fan(`{"UserName": "sun🌞rise"}`), code: "bad-handle", message: /U\+1F31E/ },
    { name: "a handle with a dash", doc: fan(`{"UserName": "a-b"}`), code: "bad-handle" },
    { name: "an empty handle", doc: fan(`{"UserName": ""}`), code: "bad-handle" },
    { name: "only invisible marks", doc: fan(`{"UserName": "\\u200b\\u200e"}`), code: "bad-handle" },
    { name: "a profile count that is text", doc: `{"Profile": {"Profile Information": {"ProfileMap": {"followerCount": "many"}}}, "Activity": {"Follower List": {"FansList": []}}}`, code: "wrong-shape", location: "Profile.Profile Information.ProfileMap.followerCount in user_data_tiktok.json" },
  ])("$name → $code", async ({ doc, code, location, message }) => {
    const error = await importError(parse(doc, 7));
    expect(error.code).toBe(code);
    if (location) expect(error.location).toBe(location);
    if (message) expect(error.message).toMatch(message);
  });

  it("allows a date up to a day ahead (time zones, clock skew)", async () => {
    const parsed = await parse(fan(`{"Date": "2026-06-01 20:00:00", "UserName": "a"}`));
    expect(parsed.followers?.handles).toEqual(["ok_1", "a"]);
  });
});
