import { ApiError } from "@/lib/server/api/api-error";
import { apiRoute } from "../api-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Any other path under /api/v1: the same error shape as everything else (Next's own 404 is an HTML page). */
const notFound = apiRoute(async (request: Request) => {
  throw new ApiError("not_found", `No endpoint ${new URL(request.url).pathname}. The endpoints are listed at /api/v1/openapi.json.`);
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
