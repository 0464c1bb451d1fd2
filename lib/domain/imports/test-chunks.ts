// Test helpers for the parsers: inputs as byte chunks of any size (chunk boundaries are where streaming parsers
// break), and a fixed "now".
import { ImportError, type ExportSource } from "./types";

export const NOW = new Date("2026-06-01T00:00:00Z");

export function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === "string" ? new TextEncoder().encode(data) : data;
}

/** `data` as chunks of `size` bytes (the whole at once by default). */
export async function* chunked(data: string | Uint8Array, size = Number.POSITIVE_INFINITY): AsyncGenerator<Uint8Array> {
  const bytes = bytesOf(data);
  if (bytes.length === 0) return;
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, Math.min(bytes.length, at + size));
}

export function source(name: string, data: string | Uint8Array, size?: number): ExportSource {
  return { name, open: () => chunked(data, size) };
}

/** The ImportError the promise rejects with (fails the test when it resolves or rejects with something else). */
export async function importError(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected an ImportError, but parsing succeeded");
}
