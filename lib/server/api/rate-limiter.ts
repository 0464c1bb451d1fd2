export type RateLimitOptions = {
  /** sustained rate */
  perMinute: number;
  /** how many requests may come at once after a quiet spell */
  burst: number;
  /** injected so tests control time */
  now?: () => number;
};

export type RateLimitDecision = { ok: true; remaining: number } | { ok: false; retryAfterSeconds: number };

type Bucket = { tokens: number; at: number };

/**
 * Sweep idle buckets once this many keys are held, so a process serving many tokens does not grow without end; at
 * most once a minute, so many busy tokens do not make every request walk the whole map.
 */
const SWEEP_AT = 10_000;
const SWEEP_EVERY_MS = 60_000;

/**
 * A token bucket per key, in this process's memory: each key holds up to `burst` requests, refilled at `perMinute`.
 * In memory on purpose: one server process (PGlite is one process anyway); a restart forgets, which only forgives.
 */
export function createRateLimiter(options: RateLimitOptions) {
  const now = options.now ?? Date.now;
  const perMs = options.perMinute / 60_000;
  const buckets = new Map<string, Bucket>();
  let sweptAt = Number.NEGATIVE_INFINITY;

  const refill = (bucket: Bucket, at: number) => Math.min(options.burst, bucket.tokens + (at - bucket.at) * perMs);

  function sweep(at: number) {
    sweptAt = at;
    for (const [key, bucket] of buckets) if (refill(bucket, at) >= options.burst) buckets.delete(key);
  }

  return {
    take(key: string): RateLimitDecision {
      const at = now();
      if (buckets.size >= SWEEP_AT && at - sweptAt >= SWEEP_EVERY_MS) sweep(at);
      const bucket = buckets.get(key) ?? { tokens: options.burst, at };
      const tokens = refill(bucket, at);
      if (tokens < 1) {
        buckets.set(key, { tokens, at });
        return { ok: false, retryAfterSeconds: perMs > 0 ? Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) : 60 };
      }
      buckets.set(key, { tokens: tokens - 1, at });
      return { ok: true, remaining: Math.floor(tokens - 1) };
    },
    /** how many keys are held (for tests of the sweep) */
    size: () => buckets.size,
  };
}

export type RateLimiter = ReturnType<typeof createRateLimiter>;
