import { errorResponse } from "@/app/api-responses";
import { ImportError } from "@/lib/domain/imports/types";
import { ApiError } from "@/lib/server/api/api-error";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Nothing an API answer says is cacheable: it is per token and changes with every push. */
function noStore(response: Response): Response {
  response.headers.set("cache-control", "no-store");
  return response;
}

/** Turns what a handler throws into the one error shape; an unexpected error is logged and answered 500, never leaked. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    const response = errorResponse(error.status, error.code, error.message, error.options.field);
    for (const [name, value] of Object.entries(error.options.headers ?? {})) response.headers.set(name, value);
    return noStore(response);
  }
  if (error instanceof ImportError && error.code === "too-large") return noStore(errorResponse(413, "payload_too_large", error.message));
  if (error instanceof ImportError && error.code === "empty-file") return noStore(errorResponse(400, "empty_body", "The request body is empty."));
  console.error("api:", error);
  return noStore(errorResponse(500, "internal_error", "Something went wrong on our side. Try again later."));
}

/** Wraps a route handler of /api/v1: one error shape for every answer, and no caching. */
export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return noStore(await handler(request, context));
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** The answer to a method an endpoint does not take, in the same shape (Next's own 405 has no body). */
export function methodNotAllowed(allowed: readonly string[]) {
  return async (request: Request) =>
    toErrorResponse(
      new ApiError("method_not_allowed", `${request.method} is not allowed here; use ${allowed.join(" or ")}.`, {
        headers: { allow: allowed.join(", ") },
      }),
    );
}

/** OPTIONS with the methods the endpoint really takes (Next's automatic answer would list the 405 stubs too). */
export function allowedMethods(allowed: readonly string[]) {
  return async () => new Response(null, { status: 204, headers: { allow: [...allowed, "OPTIONS"].join(", ") } });
}
