import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countSignInFailure } from "@/lib/domain/sign-in/count-sign-in-failure";
import type { SignInRule, SignInState } from "@/lib/domain/sign-in/types";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { confirmSignInFailures } from "./confirm-sign-in-failures";
import { releaseSignInAttempt } from "./release-sign-in-attempt";
import { reserveSignInAttempt } from "./reserve-sign-in-attempt";

let database: Database;
const min = 60_000;
const t0 = Date.UTC(2026, 5, 1, 10);
const rule: SignInRule = { maxFailures: 3, lockMs: 15 * min, maxLockMs: 60 * min, forgetAfterMs: 60 * min };

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database?.close());

/** A failed attempt as the data layer makes it: reserve, then (if counted) confirm. */
async function fail(key: string, at: number) {
  const reserved = await reserveSignInAttempt(database.prisma, key, rule, new Date(at));
  if (reserved.counted) await confirmSignInFailures(database.prisma, [key], reserved.at);
  return reserved;
}

async function stored(key: string): Promise<SignInState> {
  const row = await database.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key } });
  return { failures: row.failures, at: row.updatedAt.getTime(), lockedUntil: row.lockedUntil?.getTime() ?? null };
}

describe("reserveSignInAttempt + confirmSignInFailures agree with countSignInFailure", () => {
  it.each([
    { name: "failures in a row, a lockout, refusals", minutes: [0, 1, 2, 3, 10, 16.9] },
    { name: "the count goes on after a lockout and the next one doubles, up to the cap", minutes: [0, 0, 0, 15, 15, 15, 45, 45, 45, 105, 105, 105, 106] },
    { name: "a quiet window forgets; just under it remembers", minutes: [0, 1, 61, 62, 122.9, 123] },
    { name: "the window counts from the lockout's end", minutes: [0, 1, 2, 76, 77, 78, 168, 169, 170] },
    { name: "a clock that steps back", minutes: [10, 9, 8, 20] },
  ])("$name", async ({ name, minutes }) => {
    const key = `signin:account:${name}`;
    let state: SignInState | null = null;
    for (const m of minutes) {
      const at = t0 + m * min;
      const reference = countSignInFailure(state, rule, at);
      const reserved = await fail(key, at);
      expect(reserved.counted, `${name} at minute ${m}`).toBe(!reference.refused);
      if (reference.refused) {
        expect(reserved.lockedUntil?.getTime()).toBe(reference.lockedUntil);
      } else {
        state = reference.state;
        expect(reserved.counted && reserved.lockedNow).toBe(reference.lockedNow);
      }
      expect(await stored(key), `${name} at minute ${m}`).toEqual(state);
    }
  });
});

describe("reserveSignInAttempt under parallel tries", () => {
  it.each([1, 3])("on a new key with a limit of %i: exactly that many counted, the rest refused with the lockout's end", async (maxFailures) => {
    const key = `signin:account:parallel-${maxFailures}`;
    const strict = { ...rule, maxFailures };
    const results = await Promise.all(Array.from({ length: 20 }, () => reserveSignInAttempt(database.prisma, key, strict, new Date(t0))));
    expect(results.filter((r) => r.counted)).toHaveLength(maxFailures);
    expect(results.filter((r) => !r.counted).map((r) => r.lockedUntil?.getTime())).toEqual(Array(20 - maxFailures).fill(t0 + 15 * min));
  });
});

describe("releaseSignInAttempt", () => {
  it("takes back one failure and the lockout the attempt started, not its time", async () => {
    const key = "signin:address:192.0.2.1";
    await fail(key, t0);
    await fail(key, t0 + min);
    const third = await reserveSignInAttempt(database.prisma, key, rule, new Date(t0 + 2 * min));
    expect(third).toMatchObject({ counted: true, failures: 3, lockedNow: true });
    await releaseSignInAttempt(database.prisma, key, third.counted ? third.lockedUntil : null);
    expect(await stored(key)).toEqual({ failures: 2, at: t0 + min, lockedUntil: null });
  });

  it("leaves a lockout another attempt started", async () => {
    const key = "signin:address:192.0.2.2";
    for (let i = 0; i < 3; i++) await fail(key, t0 + i * 1_000);
    const before = await stored(key);
    await releaseSignInAttempt(database.prisma, key, new Date(t0 + 5 * min));
    expect(await stored(key)).toEqual({ ...before, failures: 2 });
  });

  it("never goes below zero", async () => {
    const key = "signin:address:192.0.2.3";
    const reserved = await reserveSignInAttempt(database.prisma, key, rule, new Date(t0));
    await releaseSignInAttempt(database.prisma, key, null);
    await releaseSignInAttempt(database.prisma, key, null);
    expect((await stored(key)).failures).toBe(0);
    expect(reserved.counted).toBe(true);
  });
});
