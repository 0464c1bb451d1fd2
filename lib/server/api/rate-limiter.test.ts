import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limiter";

/** Runs a script of [ms since start, key] requests and says which were allowed (or the Retry-After of refusals). */
function run(options: { perMinute: number; burst: number }, script: [number, string][]) {
  let clock = 0;
  const limiter = createRateLimiter({ ...options, now: () => clock });
  return script.map(([at, key]) => {
    clock = at;
    const decision = limiter.take(key);
    return decision.ok ? "ok" : `wait ${decision.retryAfterSeconds}`;
  });
}

const times = (n: number, at: number, key = "a"): [number, string][] => Array.from({ length: n }, () => [at, key]);

describe("createRateLimiter", () => {
  it.each([
    { name: "a burst is allowed at once", options: { perMinute: 60, burst: 3 }, script: times(3, 0), out: ["ok", "ok", "ok"] },
    { name: "past the burst it refuses, saying when to come back", options: { perMinute: 60, burst: 3 }, script: times(4, 0), out: ["ok", "ok", "ok", "wait 1"] },
    { name: "one request comes back per refill interval", options: { perMinute: 60, burst: 2 }, script: [...times(3, 0), [1_000, "a"], [1_000, "a"]] as [number, string][], out: ["ok", "ok", "wait 1", "ok", "wait 1"] },
    { name: "a slow rate asks for a longer wait", options: { perMinute: 6, burst: 1 }, script: [[0, "a"], [0, "a"], [4_000, "a"]] as [number, string][], out: ["ok", "wait 10", "wait 6"] },
    { name: "keys have their own buckets", options: { perMinute: 60, burst: 1 }, script: [[0, "a"], [0, "b"], [0, "a"], [0, "b"]] as [number, string][], out: ["ok", "ok", "wait 1", "wait 1"] },
    { name: "a quiet spell refills to the burst, no further", options: { perMinute: 60, burst: 2 }, script: [...times(2, 0), ...times(3, 3_600_000)], out: ["ok", "ok", "ok", "ok", "wait 1"] },
    { name: "refused requests do not spend", options: { perMinute: 60, burst: 1 }, script: [[0, "a"], [500, "a"], [900, "a"], [1_000, "a"]] as [number, string][], out: ["ok", "wait 1", "wait 1", "ok"] },
    { name: "60 a minute with a burst of 30 holds a flood to the burst", options: { perMinute: 60, burst: 30 }, script: times(40, 0), out: [...Array(30).fill("ok"), ...Array(10).fill("wait 1")] },
  ])("$name", ({ options, script, out }) => {
    expect(run(options, script)).toEqual(out);
  });

  it("forgets idle buckets once it holds many keys", () => {
    let clock = 0;
    const limiter = createRateLimiter({ perMinute: 60, burst: 5, now: () => clock });
    for (let i = 0; i < 10_000; i++) limiter.take(`k${i}`);
    expect(limiter.size()).toBe(10_000);
    clock = 60_000;
    limiter.take("fresh");
    expect(limiter.size()).toBe(1);
    // busy keys are kept, and the next sweep waits a minute
    for (let i = 0; i < 10_000; i++) limiter.take(`busy${i}`);
    clock = 61_000;
    limiter.take("later");
    expect(limiter.size()).toBe(10_002);
  });
});
