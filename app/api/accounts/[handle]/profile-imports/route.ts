import { formatBytes } from "@/lib/domain/format-bytes";
import { defaultImportLimits, ImportError } from "@/lib/domain/imports/types";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { webChunks } from "@/lib/server/imports/web-chunks";
import { createProfileImport } from "@/lib/server/profiles/create-profile-import";
import { errorResponse, routeScope } from "../../../../api-responses";

export const runtime = "nodejs";

/** The dashboard's profile-file upload: the raw request body (streamed to disk), its name in a header. */
export async function POST(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  const scope = await routeScope((await params).handle);
  if (scope instanceof Response) return scope;
  const declared = Number(request.headers.get("content-length"));
  const max = defaultImportLimits.maxFileBytes;
  if (declared > max) return errorResponse(413, "too-large", `The file is ${formatBytes(declared)}; the limit is ${formatBytes(max)}`);
  const viewer = await getViewer();
  const fileName = safeDecode(request.headers.get("x-file-name") ?? "profiles");
  try {
    const created = await createProfileImport(scope, { fileName, body: webChunks(request.body), createdById: viewer?.userId ?? null });
    return Response.json(created, { status: 202 });
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
