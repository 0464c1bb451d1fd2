import { describe, expect, it } from "vitest";
import { takeToken, type TokenBucket, type TokenRate } from "./take-token";

/** Runs a script of [ms, key] requests through one set of buckets; "ok" or "wait N" per request. */
function run(rate: TokenRate, script: [number, string][]) {
  const buckets = new Map<string, TokenBucket>();
  return script.map(([at, key]) => {
    const { bucket, decision } = takeToken(buckets.get(key) ?? null, rate, at);
    buckets.set(key, bucket);
    return decision.allowed ? "ok" : `wait ${decision.retryAfterSeconds}`;
  });
}

const times = (n: number, at: number, key = "a"): [number, string][] => Array.from({ length: n }, () => [at, key]);

describe("takeToken", () => {
  it.each([
    { name: "a burst is allowed at once", rate: { perMinute: 60, burst: 3 }, script: times(3, 0), out: ["ok", "ok", "ok"] },
    { name: "past the burst it refuses, saying when to come back", rate: { perMinute: 60, burst: 3 }, script: times(4, 0), out: ["ok", "ok", "ok", "wait 1"] },
    { name: "one request comes back per refill interval", rate: { perMinute: 60, burst: 2 }, script: [...times(3, 0), [1_000, "a"], [1_000, "a"]] as [number, string][], out: ["ok", "ok", "wait 1", "ok", "wait 1"] },
    { name: "a slow rate asks for a longer wait", rate: { perMinute: 6, burst: 1 }, script: [[0, "a"], [0, "a"], [4_000, "a"]] as [number, string][], out: ["ok", "wait 10", "wait 6"] },
    { name: "keys have their own buckets", rate: { perMinute: 60, burst: 1 }, script: [[0, "a"], [0, "b"], [0, "a"], [0, "b"]] as [number, string][], out: ["ok", "ok", "wait 1", "wait 1"] },
    { name: "a quiet spell refills to the burst, no further", rate: { perMinute: 60, burst: 2 }, script: [...times(2, 0), ...times(3, 3_600_000)], out: ["ok", "ok", "ok", "ok", "wait 1"] },
    { name: "refused requests do not spend", rate: { perMinute: 60, burst: 1 }, script: [[0, "a"], [500, "a"], [900, "a"], [1_000, "a"]] as [number, string][], out: ["ok", "wait 1", "wait 1", "ok"] },
    { name: "60 a minute with a burst of 30 holds a flood to the burst", rate: { perMinute: 60, burst: 30 }, script: times(40, 0), out: [...Array(30).fill("ok"), ...Array(10).fill("wait 1")] },
    { name: "a clock that steps back refills nothing", rate: { perMinute: 60, burst: 1 }, script: [[10_000, "a"], [5_000, "a"], [10_999, "a"], [11_000, "a"]] as [number, string][], out: ["ok", "wait 1", "wait 1", "ok"] },
    { name: "a burst under one token never allows", rate: { perMinute: 60, burst: 0.5 }, script: [[0, "a"], [60_000, "a"]] as [number, string][], out: ["wait 1", "wait 1"] },
    { name: "a rate under one a minute waits minutes", rate: { perMinute: 0.5, burst: 1 }, script: [[0, "a"], [30_000, "a"]] as [number, string][], out: ["ok", "wait 90"] },
  ])("$name", ({ rate, script, out }) => {
    expect(run(rate, script)).toEqual(out);
  });

  it.each([
    { name: "a new bucket starts full and gives one", bucket: null, at: 5, out: { tokens: 2, at: 5, refusals: 0 }, remaining: 2 },
    { name: "refills by elapsed time × rate", bucket: { tokens: 0.5, at: 0, refusals: 3 }, at: 1_500, out: { tokens: 1, at: 1_500, refusals: 0 }, remaining: 1 },
    { name: "a refusal keeps the refilled tokens and counts", bucket: { tokens: 0, at: 0, refusals: 3 }, at: 250, out: { tokens: 0.25, at: 250, refusals: 4 }, remaining: null },
    { name: "a stepped-back clock keeps the later stamp", bucket: { tokens: 0, at: 1_000, refusals: 0 }, at: 400, out: { tokens: 0, at: 1_000, refusals: 1 }, remaining: null },
  ])("stores: $name", ({ bucket, at, out, remaining }) => {
    const result = takeToken(bucket, { perMinute: 60, burst: 3 }, at);
    expect(result.bucket).toEqual(out);
    expect(result.decision.allowed ? result.decision.remaining : null).toBe(remaining);
  });
});
