import { JsonScanner } from "./json-scanner";
import type { JsonVisitor } from "./json-visitor";
import { ChunkDecoder, NotText } from "./text-decode";
import { ImportError } from "./types";

/**
 * Runs `visitor` over a JSON document arriving as byte chunks (UTF-8, or UTF-16 with a BOM). Memory stays at one
 * chunk plus what the visitor keeps; errors are ImportErrors naming `name` and the place.
 */
export async function scanJson(chunks: AsyncIterable<Uint8Array>, visitor: JsonVisitor, name: string, maxCapture?: number): Promise<void> {
  const scanner = new JsonScanner(visitor, name, maxCapture);
  const decoder = new ChunkDecoder();
  const at = () => `${name}, character ${scanner.position + 1}`;
  try {
    for await (const chunk of chunks) {
      const text = decoder.decode(chunk);
      if (text) scanner.write(text);
    }
    const rest = decoder.flush();
    if (rest) scanner.write(rest);
  } catch (error) {
    if (!(error instanceof NotText)) throw error;
    // Scan what decoded fine first: a syntax error before the bad bytes is the truer report, and the offset counts.
    if (error.validText) scanner.write(error.validText);
    throw new ImportError("not-text", `The file cannot be read: ${error.detail}`, at());
  }
  scanner.end();
}
