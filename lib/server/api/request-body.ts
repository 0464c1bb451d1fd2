import { ImportError } from "@/lib/domain/imports/types";
import { formatBytes } from "@/lib/domain/format-bytes";
import { webChunks } from "../imports/web-chunks";
import { ApiError } from "./api-error";

/** The media type of a request, without parameters (charset), lower-case; "" when none is given. */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Refuses before reading a byte when the declared length is already past the limit. */
export function assertDeclaredLength(request: Request, maxBytes: number) {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new ApiError("payload_too_large", `The body is ${formatBytes(declared)}; the limit is ${formatBytes(maxBytes)}.`);
  }
}

/**
 * The body as it streams in, refused once past `maxBytes` (a chunked body has no length to check first). Throws the
 * import's own too-large error so both limits answer alike.
 */
export async function* limitBody(body: ReadableStream<Uint8Array>, maxBytes: number): AsyncGenerator<Uint8Array> {
  let size = 0;
  for await (const chunk of webChunks(body)) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new ImportError("too-large", `The body is larger than the ${formatBytes(maxBytes)} limit`);
    yield chunk;
  }
}
