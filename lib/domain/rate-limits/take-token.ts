/**
 * A token bucket as stored: `tokens` left at `at` (ms), and `refusals`, how many requests in a row it refused (0 after
 * one it allowed). The database keeps the same three in rate_limit_buckets (tokens, updated_at, failures).
 */
export type TokenBucket = { tokens: number; at: number; refusals: number };

/** `burst` requests may come at once after a quiet spell; the bucket refills at `perMinute`. */
export type TokenRate = { perMinute: number; burst: number };

export type TokenDecision = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/**
 * One request against a bucket (null: never seen, so full): the bucket to store and the answer. The reference for the
 * SQL in lib/server/rate-limits/take-rate-limit-token.ts, which computes the same in the same order, so the two agree
 * to the bit (the integration test replays a script through both).
 */
export function takeToken(bucket: TokenBucket | null, rate: TokenRate, at: number): { bucket: TokenBucket; decision: TokenDecision } {
  // A clock that stepped back (another instance's, or a test's) refills nothing rather than taking tokens away.
  const refilled = bucket === null ? rate.burst : Math.min(rate.burst, bucket.tokens + (Math.max(0, at - bucket.at) * rate.perMinute) / 60_000);
  const stamp = bucket === null ? at : Math.max(bucket.at, at);
  if (refilled >= 1) {
    return { bucket: { tokens: refilled - 1, at: stamp, refusals: 0 }, decision: { allowed: true, remaining: Math.floor(refilled - 1) } };
  }
  // A refusal spends nothing: the bucket keeps filling towards the next whole token.
  const retryAfterSeconds = Math.max(1, Math.ceil(((1 - refilled) * 60) / rate.perMinute));
  return { bucket: { tokens: refilled, at: stamp, refusals: (bucket?.refusals ?? 0) + 1 }, decision: { allowed: false, retryAfterSeconds } };
}
