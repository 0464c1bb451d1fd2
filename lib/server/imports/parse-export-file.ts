import { formatBytes } from "@/lib/domain/format-bytes";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { detectFormat } from "@/lib/domain/imports/detect-format";
import { parseExportSources } from "@/lib/domain/imports/parse-export";
import { pickEntries } from "@/lib/domain/imports/pick-entries";
import { defaultImportLimits, ImportError, type ExportSource, type ImportLimits, type ParsedExport } from "@/lib/domain/imports/types";
import { ZipArchive } from "./zip-reader";

export type ParseFileOptions = {
  limits?: ImportLimits;
  now?: Date;
  /** bytes of export text read so far, of the total (a zip's entries expanded), for a progress bar */
  onProgress?: (read: number, total: number) => void;
};

/** Enough of the file to tell a zip and the text formats apart. */
const HEAD_BYTES = 4096;
const READ_CHUNK = 64 * 1024;

/**
 * Parses an uploaded export (a zip, or one loose file) from disk, streaming: a 120 MB TikTok JSON is never held
 * whole. `fileName` is the name it was uploaded as (the path is wherever the upload store put it). Throws
 * ImportError for anything we refuse. `exportedAt` is the newest modification time among the zip entries used
 * (or the time the format states); null for a loose file.
 */
export async function parseExportFile(path: string, fileName: string, options: ParseFileOptions = {}): Promise<ParsedExport> {
  const limits = options.limits ?? defaultImportLimits;
  const now = options.now ?? new Date();
  const { size } = await stat(path);
  if (size === 0) throw new ImportError("empty-file", "The file is empty", fileName);
  if (size > limits.maxFileBytes) throw new ImportError("too-large", `The file is larger than ${formatBytes(limits.maxFileBytes)}`, fileName);
  const format = detectFormat(fileName, await readHead(path));
  if (format === "zip") return parseZip(path, limits, now, options.onProgress);
  if (size > limits.maxExpandedBytes) throw new ImportError("too-large", `The file is larger than ${formatBytes(limits.maxExpandedBytes)}`, fileName);
  const count = byteCounter(size, options.onProgress);
  const source: ExportSource = { name: fileName, open: () => count(fileChunks(path)) };
  return parseExportSources(format, [source], { now });
}

async function parseZip(path: string, limits: ImportLimits, now: Date, onProgress?: ParseFileOptions["onProgress"]): Promise<ParsedExport> {
  const zip = await ZipArchive.open(path, limits);
  try {
    const picked = pickEntries(zip.entries.map((e) => e.name));
    const used = picked.names.map((name) => zip.entries.find((e) => e.name === name)!);
    const count = byteCounter(used.reduce((sum, e) => sum + e.uncompressedSize, 0), onProgress);
    const sources = used.map((entry): ExportSource => ({ name: entry.name, open: () => count(zip.read(entry)) }));
    const parsed = await parseExportSources(picked.format, sources, { now });
    const newest = Math.max(...used.map((e) => e.modified.getTime()).filter((t) => !Number.isNaN(t)));
    return {
      ...parsed,
      exportedAt: parsed.exportedAt ?? (Number.isFinite(newest) ? new Date(newest) : null),
      warnings: [...picked.warnings, ...parsed.warnings],
    };
  } finally {
    zip.close();
  }
}

/** Passes chunks through, reporting the running byte count across every source it wraps. */
export function byteCounter(total: number, onProgress?: ParseFileOptions["onProgress"]) {
  let read = 0;
  return async function* (chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      read += chunk.byteLength;
      onProgress?.(Math.min(read, total), total);
      yield chunk;
    }
  };
}

export async function readHead(path: string): Promise<Uint8Array> {
  const file = await open(path, "r");
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

export async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
  } finally {
    stream.destroy();
  }
}

