import { describe, expect, it } from "vitest";
import { parseTikTokJson } from "../imports/tiktok-json";
import { chunked } from "../imports/test-chunks";
import { demoTikTokExportJson } from "./tiktok-export-json";

const takenAt = new Date("2026-11-30T12:00:00Z");
const snapshot = {
  takenAt,
  followers: [
    { handle: "user8273645510", since: new Date("2026-11-29T08:15:02Z") },
    { handle: "Zoë.K", since: new Date("2025-02-01T00:00:00Z") },
    { handle: "no.date", since: null },
  ],
  following: [{ handle: "star_x", since: new Date("2024-05-06T07:08:09Z") }],
};

describe("demoTikTokExportJson", () => {
  it("is read back by the TikTok parser as a 2025+ export: handles, follow dates to the second, no follower profiles", async () => {
    const parsed = await parseTikTokJson(chunked(demoTikTokExportJson("demo.second", snapshot), 97), { now: new Date("2026-12-01T00:00:00Z"), name: "user_data_tiktok.json" });
    expect(parsed.layout).toBe("TikTok JSON, 2025+ layout (Profile And Settings)");
    expect(parsed.followers?.handles).toEqual(["user8273645510", "Zoë.K", "no.date"]);
    expect(Array.from(parsed.followers!.since, (ms) => new Date(ms).toISOString())).toEqual([
      "2026-11-29T08:15:02.000Z",
      "2025-02-01T00:00:00.000Z",
      takenAt.toISOString(),
    ]);
    expect(parsed.following?.handles).toEqual(["star_x"]);
    expect(parsed.profile).toEqual({ handle: "demo.second", followerCount: 3, followingCount: 1 });
  });

  it("writes nothing but dates and handles for each follow", () => {
    const json = JSON.parse(demoTikTokExportJson("demo.second", snapshot));
    const fans = json["Profile And Settings"].Follower.FansList as Record<string, string>[];
    expect(fans.every((f) => Object.keys(f).sort().join() === "Date,UserName")).toBe(true);
  });
});
