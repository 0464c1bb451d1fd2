import { buildOpenApiDocument } from "@/lib/server/api/openapi";
import { allowedMethods, apiRoute, methodNotAllowed } from "../api-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The API described for people and code generators; open to anyone (it holds no data). */
export const GET = apiRoute(async () => Response.json(buildOpenApiDocument()));

export const POST = methodNotAllowed(["GET"]);
export const PUT = methodNotAllowed(["GET"]);
export const PATCH = methodNotAllowed(["GET"]);
export const DELETE = methodNotAllowed(["GET"]);
export const OPTIONS = allowedMethods(["GET"]);
