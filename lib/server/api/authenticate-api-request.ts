import type { Viewer } from "../auth/viewer";
import { authenticateApiToken } from "../api-tokens/authenticate-api-token";
import { db } from "../db";
import { takeRateLimitToken } from "../rate-limits/take-rate-limit-token";
import { ApiError } from "./api-error";
import { readApiLimits } from "./api-limits";

/** Who an API request acts for: the token's owner, as a Viewer the data layer scopes by. */
export type ApiCaller = { tokenId: number; viewer: Viewer };

const challenge = (error: string) => ({ "www-authenticate": `Bearer realm="followlens", error="${error}"` });

/**
 * The caller of an /api/v1 request from its `Authorization: Bearer fl_…` header, or an ApiError: 401 (saying whether
 * the token is missing, malformed, unknown or revoked) or 429. The rate limit counts per token, after the lookup, so
 * one flooding tool never slows another creator's; its bucket is in the database, so every instance spends the same one.
 */
export async function authenticateApiRequest(request: Request): Promise<ApiCaller> {
  const header = request.headers.get("authorization");
  if (!header) {
    throw new ApiError("unauthorized", "Send a token: Authorization: Bearer fl_… (make one in Settings → API tokens).", {
      headers: { "www-authenticate": 'Bearer realm="followlens"' },
    });
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  const result = match?.[1] ? await authenticateApiToken(match[1]) : ({ ok: false, reason: "malformed" } as const);
  if (!result.ok) {
    if (result.reason === "malformed") {
      throw new ApiError("unauthorized", "The Authorization header is not a Followlens token (Bearer fl_ followed by 43 characters).", {
        headers: challenge("invalid_request"),
      });
    }
    if (result.reason === "revoked") throw new ApiError("token_revoked", "This token was revoked. Make a new one in Settings → API tokens.", { headers: challenge("invalid_token") });
    throw new ApiError("invalid_token", "This token is not known. Check it was copied whole, or make a new one.", { headers: challenge("invalid_token") });
  }
  const limits = readApiLimits();
  const decision = await takeRateLimitToken(db(), `api:${result.tokenId}`, { perMinute: limits.ratePerMinute, burst: limits.rateBurst });
  if (!decision.allowed) {
    throw new ApiError("rate_limited", `Too many requests with this token. Try again in ${decision.retryAfterSeconds} s.`, {
      headers: { "retry-after": String(decision.retryAfterSeconds) },
    });
  }
  return { tokenId: result.tokenId, viewer: result.viewer };
}
