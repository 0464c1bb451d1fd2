import { eventsRequestSchema } from "@/lib/domain/api/events-request";
import { requestDetection } from "@/lib/server/anomalies/request-detection";
import { readApiLimits } from "@/lib/server/api/api-limits";
import { authenticateApiRequest } from "@/lib/server/api/authenticate-api-request";
import { authorizeApiAccount } from "@/lib/server/api/authorize-api-account";
import { readJsonBody } from "@/lib/server/api/read-json-body";
import { recordFollowEvents } from "@/lib/server/api/record-follow-events";
import { allowedMethods, apiRoute, methodNotAllowed } from "../../../api-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Follow and unfollow events, each once per idempotency key; a batch with new events runs the detectors. */
export const POST = apiRoute(async (request: Request, { params }: { params: Promise<{ handle: string }> }) => {
  const caller = await authenticateApiRequest(request);
  const scope = await authorizeApiAccount(caller, (await params).handle);
  const body = await readJsonBody(request, eventsRequestSchema(), readApiLimits().maxJsonBytes);
  const recorded = await recordFollowEvents(scope, body.events);
  if (recorded.inserted > 0) await requestDetection(scope.trackedAccountId);
  return Response.json(recorded);
});

export const GET = methodNotAllowed(["POST"]);
export const PUT = methodNotAllowed(["POST"]);
export const PATCH = methodNotAllowed(["POST"]);
export const DELETE = methodNotAllowed(["POST"]);
export const OPTIONS = allowedMethods(["POST"]);
