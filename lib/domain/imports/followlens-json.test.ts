import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFollowlensJson } from "./followlens-json";
import { chunked, importError, NOW } from "./test-chunks";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../../../test/fixtures/exports", name));
const parse = (text: string | Uint8Array, size?: number) => parseFollowlensJson(chunked(text, size), { now: NOW, name: "push.json" });

describe("parseFollowlensJson", () => {
  it("reads takenAt, lists, null lists and profile counts", async () => {
    for (const size of [1, 10, 4096]) {
      const parsed = await parse(fixture("followlens.json"), size);
      expect(parsed.format).toBe("followlens-json");
      expect(parsed.exportedAt?.toISOString()).toBe("2026-01-15T09:30:00.000Z");
      expect(parsed.followers?.handles).toEqual(["anna", "Ben", "cleo"]);
      expect(new Date(parsed.followers!.since[1]!).toISOString()).toBe("2025-01-01T12:00:00.000Z");
      expect(Number.isNaN(parsed.followers!.since[2])).toBe(true);
      expect(parsed.following).toBeNull();
      expect(parsed.profile).toEqual({ handle: null, followerCount: 3, followingCount: 0 });
    }
  });

  it("a missing list is no data; unknown keys are ignored with a warning", async () => {
    const parsed = await parse(`{"following": [{"handle": "x", "since": null}], "note": {"a": [1]}}`);
    expect(parsed.followers).toBeNull();
    expect(parsed.following?.handles).toEqual(["x"]);
    expect(parsed.exportedAt).toBeNull();
    expect(parsed.warnings).toEqual(['ignored the unknown key "note"']);
  });

  it.each([
    { name: "empty", text: "", code: "empty-file" },
    { name: "truncated", text: `{"followers": [{"handle": "a"}`, code: "malformed" },
    { name: "no lists", text: `{"takenAt": "2026-01-01T00:00:00Z"}`, code: "no-lists" },
    { name: "a list that is an object", text: `{"followers": {"handle": "a"}}`, code: "wrong-shape", location: "followers in push.json" },
    { name: "an entry that is a string", text: `{"followers": ["a"]}`, code: "wrong-shape", location: "followers[0] in push.json" },
    { name: "an entry without a handle", text: `{"followers": [{"name": "a"}]}`, code: "wrong-shape", location: "followers[0] in push.json" },
    { name: "a number for a handle", text: `{"followers": [{"handle": 7}]}`, code: "wrong-shape", location: "followers[0].handle in push.json" },
    { name: "a bad since", text: `{"followers": [{"handle": "a"}, {"handle": "b", "since": "June"}]}`, code: "bad-date", location: "followers[1].since in push.json" },
    { name: "a future since", text: `{"following": [{"handle": "a", "since": 4102444800}]}`, code: "future-date" },
    { name: "a future takenAt", text: `{"takenAt": "2030-01-01T00:00:00Z", "followers": []}`, code: "future-date", location: "takenAt in push.json" },
    { name: "a bad takenAt", text: `{"takenAt": "noon", "followers": []}`, code: "bad-date" },
    { name: "a bad handle", text: `{"followers": [{"handle": "a!"}]}`, code: "bad-handle" },
    { name: "a bad profile count", text: `{"followers": [], "profile": {"followerCount": -1}}`, code: "wrong-shape", location: "profile.followerCount in push.json" },
  ])("$name → $code", async ({ text, code, location }) => {
    const error = await importError(parse(text, 4));
    expect(error.code).toBe(code);
    if (location) expect(error.location).toBe(location);
  });
});
