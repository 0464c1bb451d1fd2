import { afterAll, describe, expect, it } from "vitest";
import { importError } from "@/lib/domain/imports/test-chunks";
import { defaultImportLimits, type ImportLimits } from "@/lib/domain/imports/types";
import { buildUnsafeZip, buildZip, buildZipBomb, corruptZip, removeTempFiles, tempFile, truncateZip } from "@/test/fixtures/build-zip";
import { ZipArchive } from "./zip-reader";

afterAll(removeTempFiles);

async function readAll(path: string, limits: ImportLimits = defaultImportLimits): Promise<Record<string, string>> {
  const zip = await ZipArchive.open(path, limits);
  try {
    const out: Record<string, string> = {};
    for (const entry of zip.entries) {
      let text = "";
      const decoder = new TextDecoder();
      for await (const chunk of zip.read(entry)) text += decoder.decode(chunk, { stream: true });
      out[entry.name] = text;
    }
    return out;
  } finally {
    zip.close();
  }
}

describe("ZipArchive", () => {
  it("lists entries with their times and streams their contents", async () => {
    const path = await buildZip({ "a/b.txt": "hello", "c.json": { data: "{}", mtime: new Date("2025-05-05T05:05:04Z") }, "stored.txt": { data: "x".repeat(5000), compress: false } });
    const zip = await ZipArchive.open(path, defaultImportLimits);
    expect(zip.entries.map((e) => [e.name, e.modified.toISOString()])).toEqual([
      ["a/b.txt", "2026-01-15T09:30:00.000Z"], ["c.json", "2025-05-05T05:05:04.000Z"], ["stored.txt", "2026-01-15T09:30:00.000Z"],
    ]);
    zip.close();
    expect(await readAll(path)).toEqual({ "a/b.txt": "hello", "c.json": "{}", "stored.txt": "x".repeat(5000) });
  });

  it.each([
    { name: "../evil.txt", code: "unsafe-path" },
    { name: "a/../../evil.txt", code: "unsafe-path" },
    { name: "/etc/passwd", code: "unsafe-path" },
    { name: "C:/evil.txt", code: "unsafe-path" },
    { name: "..\\..\\etc\\passwd", code: "unsafe-path", shown: "../../etc/passwd" },
    { name: "C:\\Windows\\evil.dll", code: "unsafe-path", shown: "C:/Windows/evil.dll" },
    { name: "a\u0000b.json", code: "unsafe-path", shown: '"a\uFFFDb.json"' },
  ])("refuses an entry named $name", async ({ name, code, shown }) => {
    const error = await importError(ZipArchive.open(await buildUnsafeZip(name, { "user_data_tiktok.json": "{}" }), defaultImportLimits));
    expect(error.code).toBe(code);
    expect(error.location).toBe(`zip entry ${shown ?? name}`);
  });

  it("reads a name written with Windows backslashes inside the archive", async () => {
    const zip = await ZipArchive.open(await buildUnsafeZip("TikTok\\user_data.json"), defaultImportLimits);
    expect(zip.entries.map((e) => e.name)).toContain("TikTok/user_data.json");
    zip.close();
  });

  it("refuses a zip bomb by its declared size", async () => {
    const error = await importError(ZipArchive.open(await buildZipBomb({ megabytes: 4 }), defaultImportLimits));
    expect(error.code).toBe("zip-bomb");
  });

  it("refuses a zip bomb that lies about its size while inflating it", async () => {
    const error = await importError(readAll(await buildZipBomb({ megabytes: 4, lie: true })));
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toMatch(/beyond its declared size|times its compressed size/);
  });

  it("holds all entries together to the expanded-size limit", async () => {
    const path = await buildZip({ "a.txt": "a".repeat(3000), "b.txt": "b".repeat(3000) });
    const limits = { ...defaultImportLimits, maxExpandedBytes: 5000 };
    expect((await importError(ZipArchive.open(path, limits))).code).toBe("zip-bomb");
  });

  it("refuses more entries than allowed", async () => {
    const path = await buildZip({ "a.txt": "a", "b.txt": "b", "c.txt": "c" });
    const error = await importError(ZipArchive.open(path, { ...defaultImportLimits, maxZipEntries: 2 }));
    expect(error.code).toBe("zip-bomb");
    expect(error.message).toMatch(/3 entries/);
  });

  it.each([
    { name: "truncated in the middle", make: async () => truncateZip(await buildZip({ "a.txt": "hello ".repeat(2000) })) },
    { name: "cut before the end record", make: async () => { const p = await buildZip({ "a.txt": "hello" }); return truncateZip(p, 60); } },
    { name: "not a zip at all", make: async () => tempFile("x.zip", "PK\u0003\u0004 this is not really a zip file") },
  ])("refuses a zip $name", async ({ make }) => {
    expect((await importError(readAll(await make()))).code).toBe("bad-zip");
  });

  it("refuses a damaged entry (checksum or inflate failure)", async () => {
    const path = corruptZip(await buildZip({ "a.txt": Array.from({ length: 3000 }, (_, i) => `line ${i * 7919}`).join("\n") }));
    const error = await importError(readAll(path));
    expect(error.code).toBe("bad-zip");
    expect(error.location).toBe("zip entry a.txt");
  });
});
