/** Every code an /api/v1 answer can carry, with its status: the OpenAPI document lists them from here. */
export const apiErrorCodes = {
  malformed_json: { status: 400, meaning: "The body is not valid JSON (the parser's message says where)." },
  empty_body: { status: 400, meaning: "The request has no body." },
  unauthorized: { status: 401, meaning: "No token, or not a Followlens token (Authorization: Bearer fl_…)." },
  invalid_token: { status: 401, meaning: "The token is not known (mistyped, or deleted with its account)." },
  token_revoked: { status: 401, meaning: "The token was revoked in the settings." },
  not_found: { status: 404, meaning: "No such tracked account, import or endpoint for this token (another creator's looks the same)." },
  method_not_allowed: { status: 405, meaning: "The endpoint does not take this method (the Allow header lists those it does)." },
  payload_too_large: { status: 413, meaning: "The body is past the size limit." },
  unsupported_media_type: { status: 415, meaning: "The Content-Type is not one the endpoint reads." },
  invalid_request: { status: 422, meaning: "A field is wrong; `field` names it (events[3].occurredAt)." },
  rate_limited: { status: 429, meaning: "Too many requests with this token; wait Retry-After seconds." },
  internal_error: { status: 500, meaning: "Something failed on our side; the request can be retried." },
} as const;

export type ApiErrorCode = keyof typeof apiErrorCodes;

/** An answer other than success, thrown anywhere below a route and turned into the one error shape by apiRoute. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly options: { field?: string; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = apiErrorCodes[code].status;
  }
}
