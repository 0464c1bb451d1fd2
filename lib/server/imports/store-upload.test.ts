import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importError } from "@/lib/domain/imports/test-chunks";
import { storeUpload } from "./store-upload";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "followlens-store-"));
  process.env.FOLLOWLENS_UPLOAD_DIR = dir;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MB = 1024 * 1024;

/** A body of `total` bytes in 1 MB chunks, made as they are read; counts what was pulled. */
function body(total: number) {
  const state = { pulled: 0 };
  const chunk = new Uint8Array(MB).fill(0x7b);
  const chunks = (async function* () {
    while (state.pulled < total) {
      state.pulled += MB;
      yield chunk;
    }
  })();
  return { chunks, state };
}

describe("storeUpload", () => {
  it("stops reading a 2 GB body at the limit and removes what it stored", async () => {
    const { chunks, state } = body(2048 * MB);
    const error = await importError(storeUpload(chunks, 8 * MB));
    expect(error).toMatchObject({ code: "too-large", message: "The file is larger than the 8 MB limit" });
    expect(state.pulled).toBe(9 * MB);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses an empty body and keeps nothing", async () => {
    expect((await importError(storeUpload(body(0).chunks, MB))).code).toBe("empty-file");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("stores a body within the limit with its hash", async () => {
    const stored = await storeUpload(body(2 * MB).chunks, 2 * MB);
    expect(stored).toMatchObject({ size: 2 * MB, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(readdirSync(dir)).toEqual([path.basename(stored.path)]);
  });
});
