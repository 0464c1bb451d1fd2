import { describe, expect, it } from "vitest";
import { detectFormat } from "./detect-format";
import { instagramRole, tiktokTxtRole } from "./file-names";
import { pickEntries } from "./pick-entries";
import { bytesOf } from "./test-chunks";

describe("detectFormat", () => {
  it.each([
    { name: "export.zip", head: "PK\u0003\u0004rest", want: "zip" },
    { name: "whatever.bin", head: "PK\u0003\u0004rest", want: "zip" },
    { name: "user_data_tiktok.json", head: "{}", want: "tiktok-json" },
    { name: "user_data.json", head: "{}", want: "tiktok-json" },
    { name: "user_data_tiktok (1).json", head: "{}", want: "tiktok-json" },
    { name: "Follower.txt", head: "Date: x", want: "tiktok-txt" },
    { name: "Following_2.txt", head: "", want: "tiktok-txt" },
    { name: "Volger.txt", head: "", want: "tiktok-txt" },
    { name: "followers_1.json", head: "[", want: "instagram" },
    { name: "following.json", head: `{"relationships_following": []}`, want: "instagram" },
    { name: "list.csv", head: "handle\n", want: "csv" },
    { name: "followers.json", head: `{"followers": [{"handle": "a"}], "following": null}`, want: "followlens-json" },
    { name: "followers.json", head: `[{"title": "", "string_list_data": []}]`, want: "instagram" },
    { name: "push.ndjson", head: "", want: "followlens-ndjson" },
    { name: "push.jsonl", head: "", want: "followlens-ndjson" },
    { name: "data.json", head: `{\n  "Comment": {`, want: "tiktok-json" },
    { name: "data.json", head: `{"Profile And Settings": {`, want: "tiktok-json" },
    { name: "mine.json", head: `[{"title": "", "string_list_data": [`, want: "instagram" },
    { name: "push.json", head: `{"takenAt": "2026-01-01T00:00:00Z", "followers": [`, want: "followlens-json" },
    { name: "push.json", head: `{"followers": [{"handle": "a"}]}`, want: "followlens-json" },
    { name: "upload", head: `{"takenAt": "2026-01-01T00:00:00Z"}\n{"list": "followers", "handle": "a"}\n`, want: "followlens-ndjson" },
    { name: "upload", head: `{"list": "followers", "handle": "a"}\n`, want: "followlens-ndjson" },
    { name: "export.txt", head: "\uFEFFDate: 2024-01-01\nUsername: a\n", want: "tiktok-txt" },
    { name: "list.txt", head: "Handle,followed_at\nanna,\n", want: "csv" },
  ])("$name with $head → $want", ({ name, head, want }) => {
    expect(detectFormat(name, bytesOf(head))).toBe(want);
  });

  it.each([
    { encoding: "UTF-16 LE", swap: false },
    { encoding: "UTF-16 BE", swap: true },
  ])("content in $encoding without a BOM under a generic name", ({ swap }) => {
    const bytes = Buffer.from(`{"Activity": {"Follower List": {"FansList": []}}}`, "utf16le");
    expect(detectFormat("export.json", swap ? bytes.swap16() : bytes)).toBe("tiktok-json");
  });

  it.each([
    { name: "photo.png", head: "\u0089PNG", code: "unknown-format" },
    { name: "notes.json", head: `{"hello": "world"}`, code: "unknown-format" },
    { name: "followers_1.html", head: "<html>", code: "unknown-format", message: /HTML/ },
    { name: "export.zip", head: "not a zip", code: "bad-zip" },
  ])("$name → $code", ({ name, head, code, message }) => {
    expect(() => detectFormat(name, bytesOf(head))).toThrow(expect.objectContaining({ code }));
    if (message) expect(() => detectFormat(name, bytesOf(head))).toThrow(message);
  });
});

describe("file roles", () => {
  it.each([
    ["Profile and Settings/Follower.txt", { list: "followers", part: 1 }],
    ["Activity/Following List.txt", { list: "following", part: 1 }],
    ["Following_2.txt", { list: "following", part: 2 }],
    ["Volgend.txt", { list: "following", part: 1 }],
    ["Follower (1).txt", { list: "followers", part: 1 }],
    ["Block List.txt", null],
  ])("TXT %s", (name, want) => expect(tiktokTxtRole(name)).toEqual(want));

  it.each([
    ["connections/followers_and_following/followers_12.json", { list: "followers", part: 12 }],
    ["followers_and_following/following.json", { list: "following", part: 1 }],
    ["x/recently_unfollowed_profiles.json", { list: "unfollowed", part: 1 }],
    ["followers_1 (2).json", { list: "followers", part: 1 }],
    ["close_friends.json", null],
  ])("Instagram %s", (name, want) => expect(instagramRole(name)).toEqual(want));
});

describe("pickEntries", () => {
  it("prefers the TikTok JSON and says what it ignored", () => {
    const picked = pickEntries(["TikTok/user_data.json", "user_data_tiktok.json", "user_data_tiktok (1).json", "Follower.txt"]);
    expect(picked).toEqual({ format: "tiktok-json", names: ["user_data_tiktok.json"], warnings: [expect.stringMatching(/3 TikTok data files/)] });
  });

  it("takes all TXT lists, and the Instagram lists among hundreds of files", () => {
    expect(pickEntries(["a/Follower.txt", "a/Following.txt", "a/Following_2.txt", "a/Block List.txt"]).names).toEqual(["a/Follower.txt", "a/Following.txt", "a/Following_2.txt"]);
    const instagram = ["media/x.jpg", "connections/followers_and_following/followers_1.json", "connections/followers_and_following/following.json", "connections/followers_and_following/close_friends.json", "connections/followers_and_following/recently_unfollowed_profiles.json"];
    expect(pickEntries(instagram)).toEqual({ format: "instagram", names: [instagram[1], instagram[2], instagram[4]], warnings: [] });
  });

  it("names what it found when nothing fits", () => {
    expect(() => pickEntries(["a.jpg", "b.png"])).toThrow(/no export we can read \(found "a.jpg", "b.png"\)/);
    expect(() => pickEntries(["x/followers_1.html"])).toThrow(/HTML/);
    expect(() => pickEntries([])).toThrow(expect.objectContaining({ code: "unknown-format" }));
    expect(() => pickEntries(["export/inner.zip", "readme.md"])).toThrow(/another zip \("export\/inner.zip"\), which we do not open/);
  });
});
