import { formatBytes } from "@/lib/domain/format-bytes";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import yauzl from "yauzl";
import { quote } from "@/lib/domain/imports/problem";
import { ImportError, type ImportLimits } from "@/lib/domain/imports/types";

// Reads an uploaded zip from its central directory (yauzl, lazily, with random access) and streams the entries we
// pick. Uploads are untrusted: names must stay inside the archive, and sizes are held to the limits both as
// declared and as actually inflated (declared sizes can lie), aborting the moment a limit is passed.

/** Below this an entry's expansion ratio is not judged: tiny files compress oddly well or badly. */
const RATIO_FLOOR = 1024 * 1024;
const CHUNK = 64 * 1024;
// highWaterMark is a stream option zlib passes on; its typings only list the zlib ones.
const INFLATE: zlib.ZlibOptions = Object.assign({ chunkSize: CHUNK }, { highWaterMark: 4 * CHUNK });

export type ZipEntry = {
  /** path inside the archive, "/"-separated */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  modified: Date;
  raw: yauzl.Entry;
};

export class ZipArchive {
  private expanded = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    readonly entries: ZipEntry[],
    private readonly limits: ImportLimits,
  ) {}

  static async open(path: string, limits: ImportLimits): Promise<ZipArchive> {
    let zip: yauzl.ZipFile;
    try {
      zip = await openZip(path);
    } catch (error) {
      throw badZip(error);
    }
    try {
      if (zip.entryCount > limits.maxZipEntries) {
        throw new ImportError("zip-bomb", `The zip holds ${zip.entryCount} entries; at most ${limits.maxZipEntries} are accepted`);
      }
      const entries = await listEntries(zip);
      checkDeclared(entries, limits);
      return new ZipArchive(zip, entries, limits);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  /** The entry's inflated bytes, counted against the limits and checked against its size and CRC-32 at the end. */
  async *read(entry: ZipEntry): AsyncGenerator<Uint8Array> {
    const { raw } = entry;
    if (raw.isEncrypted()) throw new ImportError("bad-zip", "The zip is encrypted", `zip entry ${entry.name}`);
    if (raw.compressionMethod !== 0 && raw.compressionMethod !== 8) {
      throw new ImportError("bad-zip", `The zip uses a compression we do not read (method ${raw.compressionMethod})`, `zip entry ${entry.name}`);
    }
    const stored = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(raw, { decodeFileData: false }, (err, s) => (err ? reject(badZip(err, entry.name)) : resolve(s))),
    );
    // Our own inflater rather than yauzl's: 64 KB chunks and some read-ahead let zlib (on the thread pool) inflate
    // the next chunks while the parser works on this one.
    const stream = raw.compressionMethod === 8 ? stored.pipe(zlib.createInflateRaw(INFLATE)) : stored;
    if (stream !== stored) stored.on("error", (err) => stream.destroy(err));
    const perEntry = Math.max(entry.compressedSize * this.limits.maxRatio, RATIO_FLOOR);
    let bytes = 0;
    let crc = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        this.expanded += chunk.length;
        if (this.expanded > this.limits.maxExpandedBytes) throw bomb(`expands to more than ${formatBytes(this.limits.maxExpandedBytes)} in total`, entry.name);
        if (bytes > perEntry) throw bomb(`expands more than ${this.limits.maxRatio} times its compressed size`, entry.name);
        if (bytes > entry.uncompressedSize) throw bomb("expands beyond its declared size", entry.name);
        crc = zlib.crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      throw error instanceof ImportError ? error : badZip(error, entry.name);
    } finally {
      stored.destroy();
      stream.destroy();
    }
    if (bytes !== entry.uncompressedSize || crc !== raw.crc32) {
      throw new ImportError("bad-zip", "A zip entry is damaged (its size or checksum does not match)", `zip entry ${entry.name}`);
    }
  }

  close(): void {
    this.zip.close();
  }
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

function listEntries(zip: yauzl.ZipFile): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  return new Promise((resolve, reject) => {
    zip.on("error", (err: unknown) => reject(err instanceof ImportError ? err : badZip(err)));
    zip.on("end", () => resolve(entries));
    zip.on("entry", (raw: yauzl.Entry) => {
      try {
        // decodeStrings is off so that an unsafe name is our ImportError, not an "error" event without the name.
        const name = yauzl.getFileNameLowLevel(raw.generalPurposeBitFlag, raw.fileNameRaw, raw.extraFields, false);
        if (yauzl.validateFileName(name) !== null || name.split("/").includes("..")) {
          throw new ImportError("unsafe-path", "The zip holds a file whose path leaves the archive", `zip entry ${name}`);
        }
        // No export names a file with control characters; such a name would travel into messages and the database.
        if (/[\u0000-\u001F\u007F]/.test(name)) {
          throw new ImportError("unsafe-path", "The zip holds a file whose name has control characters", `zip entry ${quote(name)}`);
        }
        if (!name.endsWith("/")) {
          entries.push({
            name,
            compressedSize: raw.compressedSize,
            uncompressedSize: raw.uncompressedSize,
            // The extended timestamp field is UTC; a bare DOS time has no zone: read as UTC, not as this server's.
            modified: raw.getLastModDate({ timezone: "UTC" }),
            raw,
          });
        }
        zip.readEntry();
      } catch (error) {
        reject(error);
      }
    });
    zip.readEntry();
  });
}

function checkDeclared(entries: ZipEntry[], limits: ImportLimits): void {
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    if (total > limits.maxExpandedBytes) throw bomb(`would expand to more than ${formatBytes(limits.maxExpandedBytes)}`, e.name);
    if (e.uncompressedSize > Math.max(e.compressedSize * limits.maxRatio, RATIO_FLOOR)) {
      throw bomb(`declares ${formatBytes(e.uncompressedSize)} from ${formatBytes(e.compressedSize)} compressed`, e.name);
    }
  }
}

function bomb(what: string, name: string): ImportError {
  return new ImportError("zip-bomb", `The zip looks like a zip bomb: an entry ${what}`, `zip entry ${name}`);
}

function badZip(error: unknown, name?: string): ImportError {
  if (error instanceof ImportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/too many bytes/i.test(message)) return bomb("expands beyond its declared size", name ?? "?");
  const reason = /signature not found|end of central directory|eof|unexpected end/i.test(message)
    ? "it is incomplete (truncated upload?)"
    : `it is damaged (${message.slice(0, 120)})`;
  return new ImportError("bad-zip", `The zip cannot be read: ${reason}`, name ? `zip entry ${name}` : undefined);
}

