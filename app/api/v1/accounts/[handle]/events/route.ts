import { eventsRequestSchema } from "@/lib/domain/api/events-request";
import { readApiLimits } from "@/lib/server/api/api-limits";
import { authenticateApiRequest } from "@/lib/server/api/authenticate-api-request";
import { authorizeApiAccount } from "@/lib/server/api/authorize-api-account";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { recordFollowEvents } from "@/lib/server/api/record-follow-events";
import { allowedMethods, apiRoute, methodNotAllowed } from "../../../api-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Follow and unfollow events, each once per idempotency key. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ handle: string }> }) => {
  const caller = await authenticateApiRequest(request);
  const scope = await authorizeApiAccount(caller, (await params).handle);
  const body = await readJsonBody(request, eventsRequestSchema(), readApiLimits().maxJsonBytes);
  return Response.json(await recordFollowEvents(scope, body.events));
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
export const OPTIONS = allowedMethods(["POST"]);
