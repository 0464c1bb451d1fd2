import { profilesRequestSchema } from "@/lib/domain/api/profiles-request";
import { readApiLimits } from "@/lib/server/api/api-limits";
import { authenticateApiRequest } from "@/lib/server/api/authenticate-api-request";
import { authorizeApiAccount } from "@/lib/server/api/authorize-api-account";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { upsertPushedProfiles } from "@/lib/server/api/upsert-pushed-profiles";
import { allowedMethods, apiRoute, methodNotAllowed } from "../../../api-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Public profile fields of the account's followers, followings and itself. PUT: sending the same body twice is harmless. */
export const PUT = apiRoute(async (request: Request, { params }: { params: Promise<{ handle: string }> }) => {
  const caller = await authenticateApiRequest(request);
  const scope = await authorizeApiAccount(caller, (await params).handle);
  const body = await readJsonBody(request, profilesRequestSchema(), readApiLimits().maxJsonBytes);
  return Response.json(await upsertPushedProfiles(scope, body.profiles));
});

export const GET = methodNotAllowed(["PUT"]);
export const POST = methodNotAllowed(["PUT"]);
export const PATCH = methodNotAllowed(["PUT"]);
export const DELETE = methodNotAllowed(["PUT"]);
export const OPTIONS = allowedMethods(["PUT"]);
