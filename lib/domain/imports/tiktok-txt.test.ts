import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTikTokTxt } from "./tiktok-txt";
import { importError, NOW, source } from "./test-chunks";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "../../../test/fixtures/exports", name));
const parse = (files: Record<string, string | Uint8Array>, size?: number) =>
  parseTikTokTxt(Object.entries(files).map(([name, data]) => source(name, data, size)), { now: NOW });
const utf16be = (text: string) => new Uint8Array([0xfe, 0xff, ...Array.from({ length: text.length }, (_, i) => [text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff]).flat()]);

describe("parseTikTokTxt", () => {
  it("reads Follower.txt with a BOM and CRLF, merging a case duplicate", async () => {
    for (const size of [1, 5, 4096]) {
      const parsed = await parse({ "Profile and Settings/Follower.txt": fixture("Follower.txt") }, size);
      expect(parsed.format).toBe("tiktok-txt");
      expect(parsed.followers?.handles).toEqual(["alice.m", "bob_22"]);
      expect(new Date(parsed.followers!.since[0]!).toISOString()).toBe("2023-08-10T06:18:18.000Z");
      expect(parsed.following).toBeNull();
      expect(parsed.warnings).toEqual(['followers: 1 handle appears more than once (e.g. "alice.m" and "Alice.M"); merged, keeping the earliest date']);
    }
  });

  it("reads Dutch UTF-16 files and an empty section", async () => {
    const parsed = await parse({ "Volger.txt": fixture("Volger.txt"), "Volgend.txt": fixture("Volgend.txt") }, 3);
    expect(parsed.followers?.handles).toEqual(["jan.de.vries", "sanne_99"]);
    expect(parsed.following).toEqual({ handles: [], since: new Float64Array(0) });
  });

  it("merges numbered parts in order whatever order they come in", async () => {
    const parsed = await parse({ "Following_2.txt": fixture("Following_2.txt"), "Following.txt": fixture("Following.txt") });
    expect(parsed.following?.handles).toEqual(["star_1", "star_2", "star_3"]);
    expect(parsed.layout).toBe("TikTok TXT (Following.txt, Following_2.txt)");
  });

  it.each([
    { name: "German", text: "Datum: 2024-01-02 10:00:00 UTC\nBenutzername: hans\n" },
    { name: "French", text: "Date : 2024-01-02 10:00:00 UTC\nNom d’utilisateur : hans\n" },
    { name: "Spanish", text: "Fecha: 2024-01-02 10:00:00 UTC\nNombre de usuario: hans\n" },
    { name: "older list name", text: "Date: 2024-01-02 10:00:00 UTC\nUsername: hans\n", file: "Activity/Follower List.txt" },
    { name: "username before date, no final newline", text: "Username: hans\nDate: 2024-01-02 10:00:00 UTC" },
    { name: "UTF-16 BE", text: utf16be("Date: 2024-01-02 10:00:00 UTC\r\nUsername: hans\r\n") },
  ])("$name labels", async ({ text, file }) => {
    const parsed = await parse({ [file ?? "Follower.txt"]: text });
    expect(parsed.followers?.handles).toEqual(["hans"]);
    expect(new Date(parsed.followers!.since[0]!).toISOString()).toBe("2024-01-02T10:00:00.000Z");
  });

  it.each([
    "You have no data in this section", "Je hebt geen gegevens in dit gedeelte.", "Du hast keine Daten in diesem Bereich",
    "Vous n'avez aucune donnée dans cette section", "No tienes datos en esta sección",
  ])("“%s” is an empty list", async (sentence) => {
    expect((await parse({ "Following.txt": `\uFEFF${sentence}\r\n` })).following?.handles).toEqual([]);
  });

  it("warns about labels it does not know", async () => {
    const parsed = await parse({ "Follower.txt": "Date: 2024-01-02 10:00:00 UTC\nUsername: hans\nNickname: Hans!\n" });
    expect(parsed.warnings).toEqual(['Follower.txt: ignored lines labelled "Nickname"']);
  });

  it.each([
    { name: "empty file", files: { "Follower.txt": "" }, code: "empty-file" },
    { name: "blank lines only", files: { "Follower.txt": "\n\r\n  \n" }, code: "empty-file" },
    { name: "an unknown file name", files: { "notes.txt": "Username: a\n" }, code: "unknown-format" },
    { name: "prose", files: { "Follower.txt": "Date: 2024-01-02 10:00:00 UTC\nUsername: a\n\nhello world\n" }, code: "malformed", location: "Follower.txt line 4" },
    { name: "no Username lines", files: { "Follower.txt": "Title: x\n" }, code: "wrong-shape" },
    { name: "a date without a username", files: { "Follower.txt": "Date: 2024-01-02 10:00:00 UTC\nUsername: a\n\nDate: 2024-01-03 10:00:00 UTC\n\n" }, code: "wrong-shape", location: "Follower.txt line 4" },
    { name: "a bad date", files: { "Follower.txt": "Date: 2024-13-02 10:00:00 UTC\nUsername: a\n" }, code: "bad-date", location: "Follower.txt line 1" },
    { name: "a future date", files: { "Follower.txt": "\n\nDate: 2027-01-02 10:00:00 UTC\nUsername: a\n" }, code: "future-date", location: "Follower.txt line 3" },
    { name: "a handle with a space", files: { "Follower.txt": "Date: 2024-01-02 10:00:00 UTC\nUsername: a b\n" }, code: "bad-handle", location: "Follower.txt line 1" },
    { name: "an empty handle", files: { "Follower.txt": "Date: 2024-01-02 10:00:00 UTC\nUsername:\n" }, code: "bad-handle" },
    { name: "NUL bytes", files: { "Follower.txt": "Date: 2024-01-02 10:00:00 UTC\nUsername: a\u0000b\n" }, code: "not-text", location: "Follower.txt line 2" },
    { name: "invalid UTF-8", files: { "Follower.txt": new Uint8Array([...new TextEncoder().encode("Username: a\n\nUsername: b"), 0xc3, 0x28, 0x0a]) }, code: "not-text", location: "Follower.txt line 3" },
  ] as { name: string; files: Record<string, string | Uint8Array>; code: string; location?: string }[])("$name → $code", async ({ files, code, location }) => {
    for (const size of [1, 1000]) {
      const error = await importError(parse(files, size));
      expect(error.code).toBe(code);
      if (location) expect(error.location).toBe(location);
    }
  });
});
