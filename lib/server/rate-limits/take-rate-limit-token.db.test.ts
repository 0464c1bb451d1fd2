import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { takeToken, type TokenBucket, type TokenRate } from "@/lib/domain/rate-limits/take-token";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { authenticateApiRequest } from "@/lib/server/api/authenticate-api-request";
import type { Viewer } from "@/lib/server/auth/viewer";
import { useDatabase } from "@/lib/server/db";
import { openDatabase, type Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { sweepRateLimitBuckets } from "./sweep-rate-limit-buckets";
import { takeRateLimitToken } from "./take-rate-limit-token";

let database: Database;
/** A second client on the same database: what another web instance holds. */
let other: Database;
let alice: Viewer;

const t0 = Date.UTC(2026, 5, 1, 10);
const at = (ms: number) => new Date(t0 + ms);

beforeAll(async () => {
  database = await openTestDatabase();
  other = await openDatabase({ config: database.config });
  const a = await database.prisma.user.create({ data: { email: "alice@test.local", passwordHash: "x" } });
  alice = { userId: a.id, email: a.email, role: "CREATOR" };
});
afterAll(async () => {
  await other?.close();
  await database?.close();
});

const decisionText = (d: { allowed: boolean; retryAfterSeconds?: number; remaining?: number }) =>
  d.allowed ? `ok ${d.remaining}` : `wait ${d.retryAfterSeconds}`;

describe("takeRateLimitToken agrees with takeToken", () => {
  const scripts: { name: string; rate: TokenRate; times: number[] }[] = [
    { name: "a burst, then refusals, then one per refill", rate: { perMinute: 60, burst: 3 }, times: [0, 0, 0, 0, 500, 999, 1_000, 1_000, 2_500, 2_600, 3_000] },
    { name: "a slow rate", rate: { perMinute: 6, burst: 1 }, times: [0, 0, 4_000, 9_999, 10_000, 10_001] },
    { name: "a quiet spell refills to the burst, no further", rate: { perMinute: 60, burst: 2 }, times: [0, 0, 3_600_000, 3_600_000, 3_600_000] },
    { name: "fractional rates and odd gaps", rate: { perMinute: 7, burst: 2.5 }, times: [0, 1, 2, 8_571, 8_572, 17_143, 40_000, 40_001, 40_002] },
    { name: "a clock that steps back", rate: { perMinute: 60, burst: 1 }, times: [10_000, 5_000, 10_999, 11_000] },
    { name: "a burst under one token", rate: { perMinute: 60, burst: 0.5 }, times: [0, 60_000] },
  ];

  it.each(scripts)("$name", async ({ name, rate, times }) => {
    const key = `test:${name}`;
    let bucket: TokenBucket | null = null;
    for (const ms of times) {
      const reference = takeToken(bucket, rate, t0 + ms);
      bucket = reference.bucket;
      const decision = await takeRateLimitToken(database.prisma, key, rate, at(ms));
      expect(decisionText(decision), `${name} at ${ms} ms`).toBe(decisionText(reference.decision));
      const row = await database.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key } });
      expect({ tokens: row.tokens, at: row.updatedAt.getTime(), refusals: row.failures }).toEqual(bucket);
    }
  });
});

describe("one bucket for every instance", () => {
  it("a burst spent through one client is spent for another, and for a client opened after the first is gone", async () => {
    const rate = { perMinute: 60, burst: 5 };
    const first = await openDatabase({ config: database.config });
    const spent = [];
    for (let i = 0; i < 5; i++) spent.push(decisionText(await takeRateLimitToken(first.prisma, "api:shared", rate, at(0))));
    expect(spent).toEqual(["ok 4", "ok 3", "ok 2", "ok 1", "ok 0"]);
    expect(decisionText(await takeRateLimitToken(other.prisma, "api:shared", rate, at(100)))).toBe("wait 1");
    await first.close();
    // a restart: a new process's client still finds the bucket empty
    const restarted = await openDatabase({ config: database.config });
    expect(decisionText(await takeRateLimitToken(restarted.prisma, "api:shared", rate, at(200)))).toBe("wait 1");
    expect(decisionText(await takeRateLimitToken(restarted.prisma, "api:shared", rate, at(1_000)))).toBe("ok 0");
    await restarted.close();
  });

  it("concurrent requests on two clients never get past the burst together", async () => {
    const rate = { perMinute: 1, burst: 10 };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => takeRateLimitToken(i % 2 ? other.prisma : database.prisma, "api:race", rate)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.filter((r) => !r.allowed).every((r) => !r.allowed && r.retryAfterSeconds >= 1 && r.retryAfterSeconds <= 60)).toBe(true);
  });

  it("authenticateApiRequest: a token flooded on one instance gets 429 on the other", async () => {
    process.env.FOLLOWLENS_API_RATE_BURST = "2";
    process.env.FOLLOWLENS_API_RATE_PER_MINUTE = "1";
    const { token } = await createApiToken(alice, "two instances");
    const request = () => new Request("http://localhost/api/v1/imports/1", { headers: { authorization: `Bearer ${token}` } });
    const outcome = () => authenticateApiRequest(request()).then(() => "ok", (e: { status: number; options: { headers?: Record<string, string> } }) => `${e.status} ${e.options.headers?.["retry-after"]}`);
    try {
      expect([await outcome(), await outcome()]).toEqual(["ok", "ok"]);
      useDatabase(other.prisma);
      expect(await outcome()).toMatch(/^429 ([3-5]\d|60)$/);
    } finally {
      useDatabase(database.prisma);
      delete process.env.FOLLOWLENS_API_RATE_BURST;
      delete process.env.FOLLOWLENS_API_RATE_PER_MINUTE;
    }
  });
});

describe("sweepRateLimitBuckets", () => {
  it("deletes only buckets that remember nothing", async () => {
    const p = database.prisma;
    await p.rateLimitBucket.deleteMany({});
    const now = new Date(t0 + 10 * 86_400_000);
    const ago = (ms: number) => new Date(now.getTime() - ms);
    const min = 60_000;
    await p.rateLimitBucket.createMany({
      data: [
        // API, 60 a minute, burst 30: full again 30 s after going empty
        { key: "api:1", tokens: 0, updatedAt: ago(31_000) },
        { key: "api:2", tokens: 0, updatedAt: ago(29_000) },
        // an account remembers failures for a day after the last one or the lockout's end
        { key: "signin:account:old@test.local", tokens: 0, updatedAt: ago(25 * 60 * min), failures: 3 },
        { key: "signin:account:recent@test.local", tokens: 0, updatedAt: ago(23 * 60 * min), failures: 3 },
        { key: "signin:account:locked@test.local", tokens: 0, updatedAt: ago(30 * 60 * min), failures: 80, lockedUntil: ago(10 * 60 * min) },
        // an address forgets after an hour
        { key: "signin:address:203.0.113.1", tokens: 0, updatedAt: ago(61 * min), failures: 29 },
        { key: "signin:address:203.0.113.2", tokens: 0, updatedAt: ago(59 * min), failures: 29 },
        { key: "signin:address:203.0.113.3", tokens: 0, updatedAt: ago(120 * min), failures: 30, lockedUntil: ago(30 * min) },
        // keys of no known kind are left alone
        { key: "other:thing", tokens: 0, updatedAt: ago(365 * 86_400_000) },
      ],
    });
    const swept = await sweepRateLimitBuckets(p, { at: now, api: { ratePerMinute: 60, rateBurst: 30 } });
    const left = (await p.rateLimitBucket.findMany({ select: { key: true }, orderBy: { key: "asc" } })).map((r) => r.key);
    expect(swept).toBe(3);
    expect(left).toEqual(["api:2", "other:thing", "signin:account:locked@test.local", "signin:account:recent@test.local", "signin:address:203.0.113.2", "signin:address:203.0.113.3"]);
  });

  it("runs with the configured limits and the database's clock", async () => {
    await expect(sweepRateLimitBuckets(database.prisma)).resolves.toBeGreaterThanOrEqual(0);
  });
});
