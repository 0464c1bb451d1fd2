import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { formatBytes } from "@/lib/domain/format-bytes";
import { ImportError } from "@/lib/domain/imports/types";
import { uploadDir } from "./upload-dir";

export type StoredUpload = { path: string; size: number; sha256: string };

/**
 * Streams an upload to a file of its own while hashing it, so nothing is held in memory and the same file twice is
 * known by its hash. Past `maxBytes`, or empty, the partial file is removed and the upload refused.
 */
export async function storeUpload(body: AsyncIterable<Uint8Array>, maxBytes: number): Promise<StoredUpload> {
  const dir = uploadDir();
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${randomUUID()}.upload`);
  const out = createWriteStream(file);
  const hash = createHash("sha256");
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new ImportError("too-large", `The file is larger than the ${formatBytes(maxBytes)} limit`);
      hash.update(chunk);
      if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    if (size === 0) throw new ImportError("empty-file", "The file is empty");
    return { path: file, size, sha256: hash.digest("hex") };
  } catch (error) {
    out.destroy();
    await rm(file, { force: true });
    throw error;
  }
}
