import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseInstagram } from "./instagram";
import { importError, NOW, source } from "./test-chunks";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../../../test/fixtures/exports/instagram", name));
const dir = "connections/followers_and_following/";
const parse = (files: Record<string, string | Uint8Array>, size?: number) =>
  parseInstagram(Object.entries(files).map(([name, data]) => source(name, data, size)), { now: NOW });
const entry = (fields: string) => `{"title": "", "media_list_data": [], "string_list_data": [{${fields}}]}`;

describe("parseInstagram", () => {
  it("reads follower parts in order, following with title-only names, and recently unfollowed", async () => {
    for (const size of [1, 64, 1 << 16]) {
      const parsed = await parse({
        [`${dir}recently_unfollowed_profiles.json`]: fixture("recently_unfollowed_profiles.json"),
        [`${dir}following.json`]: fixture("following.json"),
        [`${dir}followers_2.json`]: fixture("followers_2.json"),
        [`${dir}followers_1.json`]: fixture("followers_1.json"),
      }, size);
      expect(parsed.format).toBe("instagram");
      expect(parsed.layout).toBe("Instagram, 2 follower files and following");
      expect(parsed.followers?.handles).toEqual(["anna", "café.lover", "zoë_k", "ben"]);
      expect(new Date(parsed.followers!.since[0]!).toISOString()).toBe("2025-01-01T12:00:00.000Z");
      expect(parsed.following?.handles).toEqual(["mike_r", "josé.m", "old_style"]);
      expect(parsed.unfollowed?.handles).toEqual(["gone"]);
      expect(parsed.firstRecordAt?.toISOString()).toBe("2023-11-14T22:13:20.000Z");
    }
  });

  it("without following.json the following list is no data", async () => {
    const parsed = await parse({ "followers_1.json": fixture("followers_1.json") });
    expect(parsed.following).toBeNull();
    expect(parsed.layout).toBe("Instagram, 1 follower file");
  });

  it.each([
    { name: "a name only in the href", text: `[{"title": "", "string_list_data": [{"href": "https://www.instagram.com/_u/only_href", "timestamp": 1730000000}]}]`, handle: "only_href" },
    { name: "real Latin-1 is left alone", text: `[${entry(`"value": "zo\\u00eb", "timestamp": 1730000000`)}]`, handle: "zoë" },
    { name: "an older wrapped followers file", text: `{"relationships_followers": [${entry(`"value": "x", "timestamp": 1730000000`)}]}`, handle: "x" },
    { name: "no timestamp", text: `[${entry(`"value": "x"`)}]`, handle: "x" },
  ])("$name", async ({ text, handle }) => {
    expect((await parse({ "followers_1.json": text })).followers?.handles).toEqual([handle]);
  });

  it.each([
    { name: "empty file", text: "", code: "empty-file" },
    { name: "truncated", text: `[${entry(`"value": "x", "timestamp": 17300`)}`.slice(0, 60), code: "malformed" },
    { name: "a wrapper without a list", text: `{"something": []}`, code: "wrong-shape" },
    { name: "a list that is an object", text: `{"relationships_followers": {"a": 1}}`, code: "wrong-shape" },
    { name: "an entry that is a string", text: `["anna"]`, code: "wrong-shape", location: "[0] in followers_1.json" },
    { name: "string_list_data not a list", text: `[{"string_list_data": {"value": "a"}}]`, code: "wrong-shape", location: "[0].string_list_data in followers_1.json" },
    { name: "no name anywhere", text: `[{"title": "", "string_list_data": [{"timestamp": 1730000000}]}]`, code: "wrong-shape", location: "[0] in followers_1.json" },
    { name: "a number for a name", text: `[${entry(`"value": 42, "timestamp": 1730000000`)}]`, code: "wrong-shape", location: "[0].string_list_data[0].value in followers_1.json" },
    { name: "a bad timestamp", text: `[${entry(`"value": "a", "timestamp": "soon"`)}]`, code: "bad-date", location: "[0].string_list_data[0].timestamp in followers_1.json" },
    { name: "a future timestamp", text: `[${entry(`"value": "a", "timestamp": 1893456000`)}]`, code: "future-date" },
    { name: "a handle with a space", text: `[${entry(`"value": "a b", "timestamp": 1730000000`)}]`, code: "bad-handle" },
    { name: "a handle with emoji", text: `[${entry(`"value": "\\u00f0\\u009f\\u0094\\u00a5", "timestamp": 1730000000`)}]`, code: "bad-handle", message: /🔥/ },
  ])("$name → $code", async ({ text, code, location, message }) => {
    const error = await importError(parse({ "followers_1.json": text }, 9));
    expect(error.code).toBe(code);
    if (location) expect(error.location).toBe(location);
    if (message) expect(error.message).toMatch(message);
  });

  it("a bare list under an unknown name cannot be placed", async () => {
    expect((await importError(parse({ "export.json": `[${entry(`"value": "a"`)}]` }))).code).toBe("unknown-format");
  });
});
