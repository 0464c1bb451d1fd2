import { takenAtQuerySchema } from "@/lib/domain/api/taken-at-query";
import { ApiError } from "@/lib/server/api/api-error";
import { readApiLimits } from "@/lib/server/api/api-limits";
import { authenticateApiRequest } from "@/lib/server/api/authenticate-api-request";
import { authorizeApiAccount } from "@/lib/server/api/authorize-api-account";
import { pushSnapshot, type SnapshotPushFormat } from "@/lib/server/api/push-snapshot";
import { assertDeclaredLength, limitBody, mediaType } from "@/lib/server/api/request-body";
import { allowedMethods, apiRoute, methodNotAllowed } from "../../../api-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const FORMATS: Record<string, SnapshotPushFormat> = {
  "application/json": "json",
  "application/x-ndjson": "ndjson",
  "application/ndjson": "ndjson",
  "application/jsonl": "ndjson",
  "application/zip": "zip",
};

function takenAtOf(request: Request): Date | undefined {
  const raw = new URL(request.url).searchParams.get("takenAt") ?? undefined;
  const parsed = takenAtQuerySchema().safeParse(raw);
  if (!parsed.success) throw new ApiError("invalid_request", `takenAt: ${parsed.error.issues[0]?.message}`, { field: "takenAt" });
  return parsed.data ? new Date(parsed.data) : undefined;
}

/** A full snapshot, streamed to disk as it arrives (never parsed in the request), then parsed and applied by a job. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ handle: string }> }) => {
  const caller = await authenticateApiRequest(request);
  const scope = await authorizeApiAccount(caller, (await params).handle);
  const format = FORMATS[mediaType(request)];
  if (!format) throw new ApiError("unsupported_media_type", "Send a snapshot as application/json, application/x-ndjson or application/zip (an export as downloaded).");
  const { maxSnapshotBytes } = readApiLimits();
  assertDeclaredLength(request, maxSnapshotBytes);
  const takenAt = takenAtOf(request);
  if (!request.body) throw new ApiError("empty_body", "The request body is empty.");
  const pushed = await pushSnapshot(scope, caller, { body: limitBody(request.body, maxSnapshotBytes), format, takenAt });
  const self = `/api/v1/imports/${pushed.import.id}`;
  return Response.json(
    { import: pushed.import, links: { self } },
    { status: pushed.duplicate ? 200 : 202, headers: { location: self } },
  );
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
export const OPTIONS = allowedMethods(["POST"]);
