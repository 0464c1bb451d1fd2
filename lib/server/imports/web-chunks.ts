/** A web stream (a request body) as the async iterable the upload store reads. */
export async function* webChunks(stream: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!stream) return;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stops reading what a refused client still sends; harmless after a normal end.
    await reader.cancel().catch(() => undefined);
  }
}
