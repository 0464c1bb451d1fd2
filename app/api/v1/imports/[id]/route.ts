import { ApiError } from "@/lib/server/api/api-error";
import { authenticateApiRequest } from "@/lib/server/api/authenticate-api-request";
import { findCallerImport } from "@/lib/server/api/find-caller-import";
import { getJobForViewer } from "@/lib/server/jobs/get-job";
import { allowedMethods, apiRoute, methodNotAllowed } from "../../api-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * An import's status, preview and error, and its job's progress (from the jobs table: any instance answers), to poll
 * after a push until it leaves "parsing" and "applying".
 */
export const GET = apiRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const caller = await authenticateApiRequest(request);
  const raw = (await params).id;
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  const found = id <= 2_147_483_647 ? await findCallerImport(caller, id) : null;
  if (!found) throw new ApiError("not_found", "No such import for this token.");
  const job = found.jobId ? await getJobForViewer(caller.viewer, found.jobId) : null;
  return Response.json({ import: found, job, links: { self: `/api/v1/imports/${found.id}` } }, { headers: { "cache-control": "no-store" } });
});

export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
export const OPTIONS = allowedMethods(["GET"]);
