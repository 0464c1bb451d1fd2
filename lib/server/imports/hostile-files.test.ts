// Hostile files through the path an upload takes (parseExportFile): each gets a clear ImportError or a safe result,
// quickly, with a message short enough to show and free of control characters.
import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { ImportError, type ParsedExport } from "@/lib/domain/imports/types";
import { buildZip, removeTempFiles, tempFile } from "@/test/fixtures/build-zip";
import { parseExportFile } from "./parse-export-file";

afterAll(removeTempFiles);
const now = new Date("2026-06-01T00:00:00Z");

const deep = (open: string, close: string) => open.repeat(100_000) + close.repeat(100_000);
const long = "a".repeat(100_000);
const many = (item: string) => Array(1_000_000).fill(item).join(",");
const tiktok = (entries: string) => `{"Activity": {"Follower List": {"FansList": [${entries}]}}}`;
const utf16 = (text: string, bigEndian = false) => (bigEndian ? Buffer.from(text, "utf16le").swap16() : Buffer.from(text, "utf16le"));
const badUtf8 = (before: string, after: string) => Buffer.concat([Buffer.from(before), Buffer.from([0xc3, 0x28]), Buffer.from(after)]);

type Case = { name: string; as: string; data: string | Uint8Array; code?: string; followers?: number };

const refused: Case[] = [
  { name: "100k levels of [ at the top", as: "user_data_tiktok.json", data: deep("[", "]"), code: "wrong-shape" },
  { name: "100k levels of [ inside a section", as: "user_data_tiktok.json", data: `{"Activity": ${deep("[", "]")}}`, code: "wrong-shape" },
  { name: "100k levels of [ in a skipped section", as: "user_data_tiktok.json", data: `{"Video": ${deep("[", "]")}}`, code: "malformed" },
  { name: "100k levels of [ as a Followlens profile", as: "push.json", data: `{"profile": ${deep("[", "]")}}`, code: "wrong-shape" },
  { name: "100k levels of [ in Instagram", as: "followers_1.json", data: deep("[", "]"), code: "wrong-shape" },
  { name: "100k levels of [ as a CSV cell", as: "list.csv", data: `handle\n${"[".repeat(100_000)}\n`, code: "bad-handle" },
  { name: "invalid UTF-8 in TikTok JSON", as: "user_data_tiktok.json", data: badUtf8(tiktok('{"UserName": "a'), '"}'), code: "not-text" },
  { name: "invalid UTF-8 in TikTok TXT", as: "Follower.txt", data: badUtf8("Username: a", "\n"), code: "not-text" },
  { name: "invalid UTF-8 in CSV", as: "list.csv", data: badUtf8("handle\na", "\n"), code: "not-text" },
  { name: "invalid UTF-8 in Instagram", as: "followers_1.json", data: badUtf8('[{"title": "a', '"}]'), code: "not-text" },
  { name: "NUL bytes in TikTok JSON", as: "user_data_tiktok.json", data: tiktok('{"UserName": "a\u0000"}'), code: "not-text" },
  { name: "NUL bytes in Instagram", as: "following.json", data: '{"relationships_following": [\u0000]}', code: "not-text" },
  { name: "a 100k-character handle in TikTok JSON", as: "user_data_tiktok.json", data: tiktok(`{"UserName": "${long}"}`), code: "bad-handle" },
  { name: "a 100k-character handle in TikTok TXT", as: "Follower.txt", data: `Username: ${long}\n`, code: "bad-handle" },
  { name: "a 100k-character handle in CSV", as: "list.csv", data: `handle\n${long}\n`, code: "bad-handle" },
  { name: "a 100k-character handle in Instagram", as: "followers_1.json", data: `[{"string_list_data": [{"value": "${long}"}]}]`, code: "bad-handle" },
  { name: "a 100k-character handle in NDJSON", as: "push.ndjson", data: `{"list": "followers", "handle": "${long}"}\n`, code: "bad-handle" },
  { name: "a 2 MB list entry", as: "user_data_tiktok.json", data: tiktok(`{"UserName": "a", "x": "${"b".repeat(2 << 20)}"}`), code: "wrong-shape" },
  { name: "a million empty handles in TikTok JSON", as: "user_data_tiktok.json", data: tiktok(many('{"UserName": ""}')), code: "bad-handle" },
  { name: "a million empty strings as TikTok entries", as: "user_data_tiktok.json", data: tiktok(many('""')), code: "wrong-shape" },
  { name: "a million empty handles in CSV", as: "list.csv", data: `handle\n${'""\n'.repeat(1_000_000)}`, code: "bad-handle" },
  { name: "a million empty handles in Followlens JSON", as: "push.json", data: `{"followers": [${many('{"handle": ""}')}]}`, code: "bad-handle" },
  { name: "a million empty Instagram entries", as: "followers_1.json", data: `[${many('{"string_list_data": [{"value": ""}]}')}]`, code: "wrong-shape" },
  { name: "a million blank lines as TikTok TXT", as: "Follower.txt", data: "\n".repeat(1_000_000), code: "empty-file" },
];

const accepted: Case[] = [
  { name: "TikTok JSON in UTF-16 LE without a BOM", as: "user_data_tiktok.json", data: utf16(tiktok('{"UserName": "anna"}')), followers: 1 },
  { name: "TikTok JSON in UTF-16 BE without a BOM, under a generic name", as: "export.json", data: utf16(tiktok('{"UserName": "anna"}'), true), followers: 1 },
  { name: "TikTok TXT in UTF-16 without a BOM", as: "Follower.txt", data: utf16("Date: 2023-08-10 06:18:18 UTC\r\nUsername: alice.m\r\n"), followers: 1 },
  { name: "CSV in UTF-16 without a BOM", as: "list.csv", data: utf16("handle\r\nanna\r\nbob\r\n"), followers: 2 },
  { name: "deep nesting inside one list entry (held to the entry's size)", as: "user_data_tiktok.json", data: tiktok(`{"UserName": "a", "x": ${deep("[", "]")}}`), followers: 1 },
];

async function timed(run: Promise<ParsedExport>): Promise<{ result?: ParsedExport; error?: ImportError; ms: number }> {
  const started = Date.now();
  try {
    return { result: await run, ms: Date.now() - started };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { error, ms: Date.now() - started };
  }
}

function expectShowable(error: ImportError) {
  expect(error.message.length).toBeLessThan(400);
  expect(error.message).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
}

describe("hostile files through parseExportFile", () => {
  it.each(refused)("$name → $code", async ({ as, data, code }) => {
    const { error, ms } = await timed(parseExportFile(tempFile("upload", data), as, { now }));
    expect(error?.code).toBe(code);
    expectShowable(error!);
    expect(ms).toBeLessThan(5000);
  });

  it.each(accepted)("$name is read", async ({ as, data, followers }) => {
    const { result } = await timed(parseExportFile(tempFile("upload", data), as, { now }));
    expect(result?.followers?.handles.length).toBe(followers);
  });

  it("an upload name with control characters does not carry them into the message", async () => {
    const { error } = await timed(parseExportFile(tempFile("upload", "Username: a b\n"), "Fol\u0000lower\u001b.txt", { now }));
    expect(error?.code).toBe("unknown-format");
    expectShowable(error!);
  });

  it("a zip holding a zip (bomb or not) is refused without opening the inner one", async () => {
    const inner = await buildZip({ "user_data_tiktok.json": tiktok('{"UserName": "anna"}') });
    const outer = await buildZip({ "export/inner.zip": readFileSync(inner), "readme.txt": "hi" });
    const { error } = await timed(parseExportFile(outer, "outer.zip", { now }));
    expect(error?.code).toBe("unknown-format");
    expect(error?.message).toMatch(/another zip \("export\/inner.zip"\)/);
  });

  it("a zip of 10,001 entries is refused from its directory, at the default limit", async () => {
    const files = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`f/${i}.txt`, new Uint8Array(0)]));
    const { error, ms } = await timed(parseExportFile(tempFile("many.zip", zipSync(files)), "many.zip", { now }));
    expect(error?.code).toBe("zip-bomb");
    expect(error?.message).toMatch(/10001 entries; at most 10000/);
    expect(ms).toBeLessThan(5000);
  });
});
