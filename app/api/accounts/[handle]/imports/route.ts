import { formatBytes } from "@/lib/domain/format-bytes";
import { defaultImportLimits, ImportError } from "@/lib/domain/imports/types";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { createImport } from "@/lib/server/imports/create-import";
import { webChunks } from "@/lib/server/imports/web-chunks";
import { errorResponse, routeScope } from "../../../../api-responses";

export const runtime = "nodejs";

/**
 * The dashboard's upload: the file is the raw request body (streamed to disk, never buffered), its name and
 * modification time in headers. Answers the import to follow.
 */
export async function POST(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const scope = await routeScope((await params).handle);
  if (scope instanceof Response) return scope;
  // A body declared past the limit is refused before a byte of it is stored (a chunked one is cut by storeUpload).
  const declared = Number(request.headers.get("content-length"));
  const max = defaultImportLimits.maxFileBytes;
  if (declared > max) return errorResponse(413, "too-large", `The file is ${formatBytes(declared)}; the limit is ${formatBytes(max)}`);
  const viewer = await getViewer();
  const fileName = safeDecode(request.headers.get("x-file-name") ?? "upload");
  try {
    const created = await createImport(scope, {
      origin: "upload",
      fileName,
      body: webChunks(request.body),
      createdById: viewer?.userId ?? null,
      autoApply: false,
      fileModifiedAt: fileTime(request.headers.get("x-file-modified")),
    });
    return Response.json(created, { status: created.status === "duplicate" ? 200 : 202 });
  } catch (error) {
    if (error instanceof ImportError) return errorResponse(error.code === "too-large" ? 413 : 422, error.code, error.message);
    throw error;
  }
}

function safeDecode(value: string) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The browser's File.lastModified (ms), when it is a time a Date can hold; anything else is ignored. */
function fileTime(header: string | null): Date | undefined {
  const ms = Number(header);
  return ms > 0 && ms <= MAX_DATE_MS ? new Date(ms) : undefined;
}

const MAX_DATE_MS = 8.64e15;
