import { Problem } from "./problem";

// Export files arrive as UTF-8 (with or without a BOM) or, from Windows tools, UTF-16 with a BOM; a NUL byte or
// bytes that are not UTF-8 mean the file is not text (an image, a database, a zip renamed), which we say plainly.

/** A decoding failure, with the text that decoded fine before it so the caller can name the line. */
export class NotText extends Problem {
  constructor(
    detail: string,
    readonly validText: string,
  ) {
    super("not-text", detail);
  }
}

export type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/** Decodes chunks of bytes into text, one call per chunk (multi-byte characters may straddle chunks). */
export class ChunkDecoder {
  private decoder: TextDecoder | null = null;
  private encoding: Encoding = "utf-8";
  private head: Uint8Array | null = null;
  bytes = 0;

  decode(chunk: Uint8Array): string {
    this.bytes += chunk.length;
    if (!this.decoder) {
      // The encoding is told by the first four bytes; a first chunk shorter than that waits for the next one.
      const head = this.head ? concat(this.head, chunk) : chunk;
      if (head.length < 4) {
        this.head = head;
        return "";
      }
      this.head = null;
      this.start(head);
      chunk = head;
    }
    return this.run(chunk, true);
  }

  /** The rest once the input ended. */
  flush(): string {
    if (!this.decoder) {
      const head = this.head ?? new Uint8Array(0);
      this.head = null;
      this.start(head);
      return this.run(head, false);
    }
    return this.run(new Uint8Array(0), false);
  }

  private start(head: Uint8Array): void {
    this.encoding = sniffEncoding(head);
    this.decoder = new TextDecoder(this.encoding, { fatal: true });
  }

  private run(chunk: Uint8Array, stream: boolean): string {
    const decoder = this.decoder!;
    if (this.encoding === "utf-8") {
      const nul = chunk.indexOf(0);
      if (nul >= 0) throw new NotText("it contains NUL bytes: not a text file", safeText(chunk.subarray(0, nul)));
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream });
    } catch {
      const encoding = this.encoding === "utf-8" ? "UTF-8" : "UTF-16";
      throw new NotText(`it is not valid ${encoding} text`, this.encoding === "utf-8" ? safeText(chunk) : "");
    }
    if (this.encoding !== "utf-8" && text.includes("\u0000")) {
      throw new NotText("it contains NUL characters: not a text file", text.slice(0, text.indexOf("\u0000")));
    }
    return text;
  }
}

/** The encoding the first bytes tell: a BOM, or the zero bytes of ASCII in UTF-16 without one; else UTF-8. */
export function sniffEncoding(b: Uint8Array): Encoding {
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  // UTF-16 without a BOM: ASCII text then has a zero byte in every other place.
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[2] !== 0 && b[3] === 0) return "utf-16le";
  if (b.length >= 4 && b[0] === 0 && b[1] !== 0 && b[2] === 0 && b[3] !== 0) return "utf-16be";
  return "utf-8";
}

/** The longest prefix that is valid UTF-8, decoded: everything before the first bad byte. */
function safeText(bytes: Uint8Array): string {
  // Halving search for the longest decodable prefix (a few decodes of one chunk, only on the error path); in
  // stream mode a prefix that ends inside a character is fine, so only a bad byte makes a prefix fail.
  let lo = 0;
  let end = bytes.length;
  while (lo < end) {
    const mid = Math.ceil((lo + end) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      end = mid - 1;
    }
  }
  return new TextDecoder().decode(bytes.subarray(0, lo), { stream: true });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Decodes a whole async byte stream chunk by chunk, for parsers that take text. */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new ChunkDecoder();
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk);
    if (text) yield text;
  }
  const rest = decoder.flush();
  if (rest) yield rest;
}
