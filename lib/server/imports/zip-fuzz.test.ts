// Property test: a TikTok or Instagram zip with bytes cut, flipped or inserted anywhere (headers, central
// directory, compressed data) gives a parsed export or an ImportError: never another exception, never a hang.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportError } from "@/lib/domain/imports/types";
import { buildZip, fixture, removeTempFiles, tempDir } from "@/test/fixtures/build-zip";
import { parseExportFile } from "./parse-export-file";

const now = new Date("2026-06-01T00:00:00Z");
let zips: Uint8Array[] = [];

beforeAll(async () => {
  const tiktok = await buildZip({ "TikTok/user_data_tiktok.json": fixture("tiktok-2025.json"), "TikTok/readme.txt": "hi" });
  const instagram = await buildZip({
    "connections/followers_and_following/followers_1.json": fixture("instagram/followers_1.json"),
    "connections/followers_and_following/following.json": fixture("instagram/following.json"),
  });
  zips = [tiktok, instagram].map((p) => new Uint8Array(readFileSync(p)));
});
afterAll(removeTempFiles);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
);

describe("parseExportFile on damaged zips", () => {
  it("returns an export or throws an ImportError", async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.nat(1), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (which, mutations) => {
        let bytes = zips[which]!;
        for (const m of mutations) {
          const at = m.at % (bytes.length + 1);
          if (m.kind === "truncate") bytes = bytes.subarray(0, at);
          else if (m.kind === "flip") bytes = new Uint8Array([...bytes.subarray(0, at), m.byte, ...bytes.subarray(at + 1)]);
          else bytes = new Uint8Array([...bytes.subarray(0, at), ...m.bytes, ...bytes.subarray(at)]);
        }
        const file = path.join(dir, "upload.zip");
        writeFileSync(file, bytes);
        try {
          const parsed = await parseExportFile(file, "upload.zip", { now });
          expect(parsed.followers !== null || parsed.following !== null).toBe(true);
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 80) },
    );
  });
});
