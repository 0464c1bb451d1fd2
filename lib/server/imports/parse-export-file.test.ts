import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importError } from "@/lib/domain/imports/test-chunks";
import { defaultImportLimits } from "@/lib/domain/imports/types";
import { writeTikTokExportZip } from "@/scripts/bench/tiktok-export";
import { buildUnsafeZip, buildZip, buildZipBomb, fixture, fixturePath, removeTempFiles, tempDir, tempFile, truncateZip } from "@/test/fixtures/build-zip";
import { parseExportFile } from "./parse-export-file";

afterAll(removeTempFiles);
const now = new Date("2026-06-01T00:00:00Z");
const ig = "connections/followers_and_following/";

describe("parseExportFile: loose files", () => {
  it.each([
    { file: "tiktok-2025.json", as: "user_data_tiktok.json", format: "tiktok-json", followers: 3 },
    { file: "tiktok-2020.json", as: "user_data (1).json", format: "tiktok-json", followers: 3 },
    { file: "Follower.txt", as: "Follower.txt", format: "tiktok-txt", followers: 2 },
    { file: "Volger.txt", as: "Volger.txt", format: "tiktok-txt", followers: 2 },
    { file: "instagram/followers_1.json", as: "followers_1.json", format: "instagram", followers: 3 },
    { file: "followers.csv", as: "followers.csv", format: "csv", followers: 3 },
    { file: "followlens.json", as: "snapshot.json", format: "followlens-json", followers: 3 },
    { file: "followlens.ndjson", as: "snapshot.ndjson", format: "followlens-ndjson", followers: 2 },
  ])("$file as $as", async ({ file, as, format, followers }) => {
    const parsed = await parseExportFile(fixturePath(file), as, { now });
    expect(parsed.format).toBe(format);
    expect(parsed.followers?.handles.length).toBe(followers);
    if (format !== "followlens-json" && format !== "followlens-ndjson") expect(parsed.exportedAt).toBeNull();
  });

  it.each([
    { name: "an empty file", make: () => tempFile("Follower.txt", ""), as: "Follower.txt", code: "empty-file" },
    { name: "an image", make: () => tempFile("photo.png", "\u0089PNG\r\n"), as: "photo.png", code: "unknown-format" },
    { name: "a file over the size limit", make: () => fixturePath("tiktok-2025.json"), as: "user_data_tiktok.json", code: "too-large", limits: { maxFileBytes: 100 } },
    { name: "binary named like a TikTok file", make: () => tempFile("user_data.json", new Uint8Array([0x7b, 0, 0, 1, 2])), as: "user_data.json", code: "not-text" },
  ])("refuses $name", async ({ make, as, code, limits }) => {
    const error = await importError(parseExportFile(make(), as, { now, limits: limits && { ...defaultImportLimits, ...limits } }));
    expect(error.code).toBe(code);
  });
});

describe("parseExportFile: zips", () => {
  it("a TikTok zip: the JSON among other files, exportedAt from the entry time", async () => {
    const zip = await buildZip({
      "TikTok_Data/user_data_tiktok.json": { data: fixture("tiktok-2024.json"), mtime: new Date("2026-02-03T04:05:06Z") },
      "TikTok_Data/readme.txt": { data: "hello", mtime: new Date("2026-03-01T00:00:00Z") },
    });
    const parsed = await parseExportFile(zip, "TikTok_Data.zip", { now });
    expect(parsed.layout).toBe("TikTok JSON, 2024 layout (Your Activity)");
    expect(parsed.followers?.handles).toEqual(["fan_b", "Fan_A"]);
    expect(parsed.exportedAt?.toISOString()).toBe("2026-02-03T04:05:06.000Z");
  });

  it("a TikTok TXT zip with numbered parts; the newest entry used dates the export", async () => {
    const zip = await buildZip({
      "Profile and Settings/Following_2.txt": { data: fixture("Following_2.txt"), mtime: new Date("2026-01-02T00:00:00Z") },
      "Profile and Settings/Follower.txt": { data: fixture("Follower.txt"), mtime: new Date("2026-01-01T00:00:00Z") },
      "Profile and Settings/Following.txt": { data: fixture("Following.txt"), mtime: new Date("2026-01-01T00:00:00Z") },
    });
    const parsed = await parseExportFile(zip, "export.zip", { now });
    expect(parsed.format).toBe("tiktok-txt");
    expect(parsed.following?.handles).toEqual(["star_1", "star_2", "star_3"]);
    expect(parsed.exportedAt?.toISOString()).toBe("2026-01-02T00:00:00.000Z");
  });

  it("an Instagram zip", async () => {
    const zip = await buildZip({
      "media/posts/1.jpg": new Uint8Array([0xff, 0xd8, 0xff]),
      [`${ig}followers_1.json`]: fixture("instagram/followers_1.json"),
      [`${ig}following.json`]: fixture("instagram/following.json"),
      [`${ig}recently_unfollowed_profiles.json`]: fixture("instagram/recently_unfollowed_profiles.json"),
      [`${ig}close_friends.json`]: "[]",
    });
    const parsed = await parseExportFile(zip, "instagram-me-2026.zip", { now });
    expect(parsed.format).toBe("instagram");
    expect(parsed.followers?.handles).toEqual(["anna", "café.lover", "zoë_k"]);
    expect(parsed.following?.handles).toEqual(["mike_r", "josé.m", "old_style"]);
    expect(parsed.unfollowed?.handles).toEqual(["gone"]);
  });

  it.each(["2020", "2024", "2025"] as const)("a generated %s export", async (layout) => {
    const zip = path.join(tempDir(), "generated.zip");
    await writeTikTokExportZip(zip, { followers: 500, following: 120, seed: 7, layout });
    const parsed = await parseExportFile(zip, "generated.zip", { now });
    expect(parsed.followers?.handles.length).toBe(500);
    expect(parsed.following?.handles.length).toBe(120);
    expect(parsed.profile).toEqual({ handle: "bench.creator", followerCount: 500, followingCount: 120 });
    expect(parsed.exportedAt?.toISOString()).toBe("2026-01-15T09:30:00.000Z");
  });

  it.each([
    { name: "nothing we recognise", make: () => buildZip({ "a.jpg": "x", "notes/b.md": "y" }), code: "unknown-format", message: /"a.jpg", "notes\/b.md"/ },
    { name: "a path leaving the archive", make: () => buildUnsafeZip("../evil.txt", { "user_data_tiktok.json": "{}" }), code: "unsafe-path" },
    { name: "a zip bomb", make: () => buildZipBomb({ megabytes: 3 }), code: "zip-bomb" },
    { name: "a zip bomb lying about its size", make: () => buildZipBomb({ megabytes: 3, lie: true, fill: 0x20 }), code: "zip-bomb" },
    { name: "a truncated zip", make: async () => truncateZip(await buildZip({ "user_data_tiktok.json": fixture("tiktok-2025.json") })), code: "bad-zip" },
    { name: "a broken JSON inside", make: () => buildZip({ "user_data_tiktok.json": '{"Activity": {' }), code: "malformed" },
    { name: "an empty JSON inside", make: () => buildZip({ "user_data_tiktok.json": "" }), code: "empty-file" },
  ])("refuses $name", async ({ make, code, message }) => {
    const error = await importError(parseExportFile(await make(), "upload.zip", { now }));
    expect(error.code).toBe(code);
    if (message) expect(error.message).toMatch(message);
  });
});
