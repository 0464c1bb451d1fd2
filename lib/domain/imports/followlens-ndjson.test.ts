import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseFollowlensNdjson } from "./followlens-ndjson";
import { chunked, importError, NOW } from "./test-chunks";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../../../test/fixtures/exports", name));
const parse = (text: string | Uint8Array, size?: number) => parseFollowlensNdjson(chunked(text, size), { now: NOW, name: "push.ndjson" });

describe("parseFollowlensNdjson", () => {
  it("reads the takenAt line and both lists", async () => {
    for (const size of [1, 16, 4096]) {
      const parsed = await parse(fixture("followlens.ndjson"), size);
      expect(parsed.format).toBe("followlens-ndjson");
      expect(parsed.exportedAt?.toISOString()).toBe("2026-01-15T09:30:00.000Z");
      expect(parsed.followers?.handles).toEqual(["anna", "cleo"]);
      expect(parsed.following?.handles).toEqual(["bob"]);
      expect(new Date(parsed.followers!.since[1]!).toISOString()).toBe("2025-01-01T12:00:00.000Z");
    }
  });

  it("a list with no line is no data; a bare list line declares an empty list", async () => {
    const parsed = await parse(`{"list": "followers"}\r\n`);
    expect(parsed.followers?.handles).toEqual([]);
    expect(parsed.following).toBeNull();
  });

  it.each([
    { name: "empty", text: "", code: "empty-file" },
    { name: "only takenAt", text: `{"takenAt": "2026-01-01T00:00:00Z"}\n`, code: "no-lists" },
    { name: "a broken line", text: `{"list": "followers", "handle": "a"}\n{"list": "followers", "handle": \n`, code: "malformed", location: "push.ndjson line 2" },
    { name: "a line that is a list", text: `["followers", "a"]\n`, code: "wrong-shape", location: "push.ndjson line 1" },
    { name: "an unknown list", text: `{"list": "fans", "handle": "a"}\n`, code: "wrong-shape" },
    { name: "no handle", text: `{"list": "followers", "user": "a"}\n`, code: "wrong-shape" },
    { name: "takenAt late", text: `{"list": "followers", "handle": "a"}\n{"takenAt": "2026-01-01T00:00:00Z"}\n`, code: "wrong-shape", location: "push.ndjson line 2" },
    { name: "a bad since", text: `{"list": "followers", "handle": "a", "since": "x"}\n`, code: "bad-date" },
    { name: "a future since", text: `\n\n{"list": "followers", "handle": "a", "since": "2027-01-01T00:00:00Z"}\n`, code: "future-date", location: "push.ndjson line 3" },
    { name: "a bad handle", text: `{"list": "following", "handle": "🙂"}\n`, code: "bad-handle" },
    { name: "NUL bytes", text: `{"list": "following", "handle": "a"}\n\u0000\n`, code: "not-text", location: "push.ndjson line 2" },
  ])("$name → $code", async ({ text, code, location }) => {
    const error = await importError(parse(text, 5));
    expect(error.code).toBe(code);
    if (location) expect(error.location).toBe(location);
  });
});
