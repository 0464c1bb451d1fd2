import "server-only";
import { authorizeTrackedAccount, type AccountScope } from "@/lib/server/access/account-scope";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { NotFoundError } from "@/lib/server/auth/viewer";

/** One error shape for every route answer. */
export function errorResponse(status: number, code: string, message: string, field?: string) {
  return Response.json({ error: { code, message, ...(field ? { field } : {}) } }, { status });
}

/** The signed-in viewer's tracked account for a route's handle segment, or the 401/404 answer to return. */
export async function routeScope(handleParam: string): Promise<AccountScope | Response> {
  const viewer = await getViewer();
  if (!viewer) return errorResponse(401, "unauthorized", "Sign in first.");
  try {
    return await authorizeTrackedAccount(viewer, decodeURIComponent(handleParam));
  } catch (error) {
    if (error instanceof NotFoundError) return errorResponse(404, "not_found", error.message);
    throw error;
  }
}

/** A download streamed chunk by chunk as the rows are read: a million-row list never sits in memory. */
export function streamedDownload<T>(options: {
  chunks: AsyncGenerator<T[]>;
  line: (row: T) => string;
  header?: string;
  filename: string;
  contentType: string;
}) {
  const encoder = new TextEncoder();
  const { chunks } = options;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (options.header) controller.enqueue(encoder.encode(options.header));
    },
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map(options.line).join("")));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": options.contentType,
      "content-disposition": `attachment; filename="${options.filename.replace(/[^\w.-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}
