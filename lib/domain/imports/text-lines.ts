import { ChunkDecoder, NotText } from "./text-decode";
import { ImportError } from "./types";

/** A line longer than this is not a line of a follower list (a binary file, or one without line ends). */
export const MAX_LINE = 1 << 20;

/**
 * Calls `onLine` with every line of a text file (without its CR/LF), numbered from 1. Throws ImportError for an
 * empty file and for bytes that are not text, naming the line where they are.
 */
export async function readLines(chunks: AsyncIterable<Uint8Array>, name: string, onLine: (text: string, line: number) => void): Promise<void> {
  const decoder = new ChunkDecoder();
  let carry = "";
  let line = 0;
  const feed = (text: string, last: boolean) => {
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      let piece = text.slice(start, nl);
      if (carry) {
        piece = carry + piece;
        carry = "";
      }
      onLine(piece.endsWith("\r") ? piece.slice(0, -1) : piece, ++line);
      start = nl + 1;
    }
    carry += text.slice(start);
    if (carry.length > MAX_LINE) throw new ImportError("malformed", "A line is far too long for a list export", `${name} line ${line + 1}`);
    if (last && carry) onLine(carry.endsWith("\r") ? carry.slice(0, -1) : carry, ++line);
  };
  try {
    for await (const chunk of chunks) feed(decoder.decode(chunk), false);
    feed(decoder.flush(), true);
  } catch (error) {
    if (!(error instanceof NotText)) throw error;
    feed(error.validText, false);
    throw new ImportError("not-text", `The file cannot be read: ${error.detail}`, `${name} line ${line + 1}`);
  }
  if (decoder.bytes === 0) throw new ImportError("empty-file", "The file is empty", name);
}
