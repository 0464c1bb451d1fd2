import { createHash } from "node:crypto";
import NextAuth from "next-auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isSignInLockoutMessage } from "@/lib/domain/sign-in/is-sign-in-lockout-message";
import { hashPassword } from "@/lib/server/auth/password";
import { authOptions } from "@/lib/server/auth/auth-options";
import { useDatabase } from "@/lib/server/db";
import { openDatabase, type Database } from "@/lib/server/db/open-database";
import { SignInLockedError } from "@/lib/server/sign-in/sign-in-locked-error";
import { openTestDatabase } from "@/test/test-database";
import { verifyCredentials } from "./verify-credentials";

let database: Database;
/** A second client on the same database: what another web instance holds. */
let other: Database;
let aliceId: number;

const PASSWORD = "correct horse battery staple";
const WRONG = "not the password at all";
const min = 60_000;
const t0 = Date.UTC(2026, 5, 1, 10);

/** "ok", "refused" (null: wrong password or unknown email) or the lockout sentence. */
async function attempt(email: string, password: string, address: string, at: number) {
  try {
    return (await verifyCredentials(email, password, { address, at: new Date(at) })) ? "ok" : "refused";
  } catch (error) {
    if (error instanceof SignInLockedError) return error.message;
    throw error;
  }
}

const locked = (minutes: number) => `Too many failed sign-ins. Try again in ${minutes} minutes.`;

async function user(email: string) {
  return database.prisma.user.create({ data: { email, passwordHash: await hashPassword(PASSWORD) } });
}

beforeAll(async () => {
  for (const name of ["FOLLOWLENS_SIGNIN_MAX_FAILURES", "FOLLOWLENS_SIGNIN_MAX_ADDRESS_FAILURES", "FOLLOWLENS_SIGNIN_LOCK_MINUTES", "FOLLOWLENS_SIGNIN_ADDRESS_WINDOW_MINUTES"]) delete process.env[name];
  database = await openTestDatabase();
  other = await openDatabase({ config: database.config });
  aliceId = (await user("alice@test.local")).id;
  await Promise.all(["bob@test.local", "carol@test.local", "dave@test.local", "erin@test.local"].map(user));
});
afterAll(async () => {
  await other?.close();
  await database?.close();
});

describe("sign-in throttling (defaults: 10 per account, 30 per address, 15 minutes)", () => {
  it("the right password before the lockout still works, and resets the account's failures", async () => {
    const ip = "198.51.100.1";
    const first = [];
    for (let i = 0; i < 9; i++) first.push(await attempt("bob@test.local", WRONG, ip, t0 + i * 1_000));
    expect(first).toEqual(Array(9).fill("refused"));
    expect(await attempt("Bob@Test.local ", PASSWORD, ip, t0 + 10_000)).toBe("ok");
    expect(await database.prisma.rateLimitBucket.findUnique({ where: { key: "signin:account:bob@test.local" } })).toBeNull();
    // nine more wrong ones do not lock: the count started over
    const second = [];
    for (let i = 0; i < 9; i++) second.push(await attempt("bob@test.local", WRONG, ip, t0 + 20_000 + i * 1_000));
    expect(second).toEqual(Array(9).fill("refused"));
    expect(await attempt("bob@test.local", PASSWORD, ip, t0 + 40_000)).toBe("ok");
    // the address kept only the 18 failures, not the two successes
    expect((await database.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: `signin:address:${ip}` } })).failures).toBe(18);
  });

  it("20 wrong passwords lock the account for the configured time, which a second instance sees", async () => {
    const ip = "198.51.100.2";
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await attempt("alice@test.local", WRONG, ip, t0 + i * 1_000));
    // the 10th failure starts the lockout and says so; the ten after are refused without a password check
    expect(answers).toEqual([...Array(9).fill("refused"), ...Array(11).fill(locked(15))]);
    const row = await database.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: "signin:account:alice@test.local" } });
    expect(row.failures).toBe(10); // the refused ten did not count (they would stretch the lockout)
    expect(row.lockedUntil?.getTime()).toBe(t0 + 9_000 + 15 * min);

    useDatabase(other.prisma);
    try {
      expect(await attempt("alice@test.local", PASSWORD, "203.0.113.99", t0 + 60_000)).toBe(locked(15));
      expect(await attempt("alice@test.local", PASSWORD, "203.0.113.99", t0 + 9_000 + 14 * min)).toBe("Too many failed sign-ins. Try again in 1 minute.");
      expect(await attempt("alice@test.local", PASSWORD, "203.0.113.99", t0 + 9_000 + 15 * min)).toBe("ok");
    } finally {
      useDatabase(database.prisma);
    }
  });

  it("an unknown email gets the same answers, word for word, and the same lockout", async () => {
    const run = async (email: string, ip: string) => {
      const out = [];
      for (let i = 0; i < 12; i++) out.push(await attempt(email, WRONG, ip, t0 + i * 1_000));
      out.push(await attempt(email, PASSWORD, ip, t0 + 5 * min));
      return out;
    };
    const known = await run("carol@test.local", "198.51.100.3");
    const unknown = await run("nobody@test.local", "198.51.100.4");
    expect(unknown).toEqual(known);
    expect(known).toEqual([...Array(9).fill("refused"), ...Array(4).fill(locked(15)).map((m, i) => (i === 3 ? locked(11) : m))]);
  });

  it("a lockout writes one security event: account, address, failures, end", async () => {
    const events = await database.prisma.securityEvent.findMany({ where: { kind: "sign-in-lockout" }, orderBy: { id: "asc" } });
    const carol = await database.prisma.user.findUniqueOrThrow({ where: { email: "carol@test.local" } });
    expect(events.map((e) => ({ userId: e.userId, address: e.address, detail: e.detail }))).toEqual([
      { userId: aliceId, address: "198.51.100.2", detail: { scope: "account", failures: 10, until: new Date(t0 + 9_000 + 15 * min).toISOString() } },
      { userId: carol.id, address: "198.51.100.3", detail: { scope: "account", failures: 10, until: new Date(t0 + 9_000 + 15 * min).toISOString() } },
      { userId: null, address: "198.51.100.4", detail: { scope: "account", failures: 10, until: new Date(t0 + 9_000 + 15 * min).toISOString() } },
    ]);
  });

  it("repeated lockouts double: the next ten failures after the first lockout lock for 30 minutes", async () => {
    const ip = "198.51.100.5";
    for (let i = 0; i < 10; i++) await attempt("dave@test.local", WRONG, ip, t0 + i * 1_000);
    const after = t0 + 9_000 + 15 * min;
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await attempt("dave@test.local", WRONG, ip, after + i * 1_000));
    expect(answers).toEqual([...Array(9).fill("refused"), locked(30)]);
    const event = await database.prisma.securityEvent.findFirstOrThrow({ where: { address: ip }, orderBy: { id: "desc" } });
    expect(event.detail).toMatchObject({ scope: "account", failures: 20 });
  });

  it("an address with 30 failures on many accounts is locked out, even for a right password there; elsewhere it works", async () => {
    const ip = "198.51.100.6";
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await attempt(`spray${i}@test.local`, WRONG, ip, t0 + i * 1_000));
    expect(answers).toEqual([...Array(29).fill("refused"), locked(15)]);
    expect(await attempt("erin@test.local", PASSWORD, ip, t0 + 60_000)).toBe(locked(15));
    expect(await attempt("erin@test.local", PASSWORD, "198.51.100.7", t0 + 60_000)).toBe("ok");
    // the refused try did not count against erin's account
    expect(await database.prisma.rateLimitBucket.findUnique({ where: { key: "signin:account:erin@test.local" } })).toBeNull();
    const event = await database.prisma.securityEvent.findFirstOrThrow({ where: { address: ip } });
    expect(event).toMatchObject({ userId: null, detail: { scope: "address", failures: 30, until: new Date(t0 + 29_000 + 15 * min).toISOString() } });
  });

  it("parallel guesses on two instances get exactly ten password checks", async () => {
    const tries = Array.from({ length: 30 }, (_, i) => {
      const client = i % 2 ? other.prisma : database.prisma;
      useDatabase(client);
      // verifyCredentials reads db() before its first await, so each call keeps the client it was started with
      return attempt("parallel@test.local", WRONG, `203.0.113.${i}`, t0);
    });
    useDatabase(database.prisma);
    const answers = await Promise.all(tries);
    expect(answers.filter((a) => a === "refused")).toHaveLength(9);
    expect(answers.filter((a) => a === locked(15))).toHaveLength(21);
  });

  it("does the same hashing work for an unknown email as for a wrong password", async () => {
    const time = async (email: string) => {
      const started = performance.now();
      await attempt(email, WRONG, "198.51.100.8", Date.now());
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      await database.prisma.rateLimitBucket.deleteMany({});
      known.push(await time("erin@test.local"));
      unknown.push(await time("nobody-else@test.local"));
    }
    console.log(`sign-in failure, median of 5: known email ${median(known).toFixed(0)} ms, unknown email ${median(unknown).toFixed(0)} ms`);
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.6);
    expect(median(known)).toBeGreaterThan(median(unknown) * 0.6);
  });
});

describe("next-auth's authorize", () => {
  type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
  const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

  it("throttles by the first X-Forwarded-For entry and throws the lockout sentence", async () => {
    await database.prisma.rateLimitBucket.deleteMany({});
    const headers = { "x-forwarded-for": "192.0.2.44, 10.0.0.1" };
    await expect(authorize({ email: "erin@test.local", password: WRONG }, { headers })).resolves.toBeNull();
    expect(await database.prisma.rateLimitBucket.findUnique({ where: { key: "signin:address:192.0.2.44" } })).toMatchObject({ failures: 1 });
    await database.prisma.rateLimitBucket.update({ where: { key: "signin:account:erin@test.local" }, data: { lockedUntil: new Date(Date.now() + 14 * min + 30_000) } });
    await expect(authorize({ email: "erin@test.local", password: PASSWORD }, { headers })).rejects.toThrow(locked(15));
  });

  it("without forwarding headers, counts the attempt on the 'unknown' address", async () => {
    await expect(authorize({ email: "nobody@test.local", password: WRONG }, { headers: {} })).resolves.toBeNull();
    expect(await database.prisma.rateLimitBucket.findUnique({ where: { key: "signin:address:unknown" } })).toMatchObject({ failures: 1 });
  });

  it("hands the lockout sentence to the sign-in form as `error`, and a wrong password as CredentialsSignin", async () => {
    process.env.NEXTAUTH_URL ??= "http://localhost:3000";
    const secret = "test-secret";
    const csrf = "a".repeat(64);
    const cookie = `${csrf}|${createHash("sha256").update(`${csrf}${secret}`).digest("hex")}`;
    // What next-auth's signIn("credentials", { redirect: false }) posts, through the same core as app/api/auth's route
    // (next-auth's API-route form, which needs no Next request context), and what it reads back: the URL's `error`.
    const signIn = async (email: string, password: string) => {
      let body: { url?: string } = {};
      const res = {
        status: () => res,
        setHeader: () => res,
        getHeader: () => undefined,
        json: (value: { url?: string }) => void (body = value),
        send: () => undefined,
        end: () => undefined,
      };
      const req = {
        query: { nextauth: ["callback", "credentials"] },
        method: "POST",
        headers: { host: "localhost:3000", "x-forwarded-for": "192.0.2.77" },
        cookies: { "next-auth.csrf-token": cookie },
        body: { email, password, csrfToken: csrf, json: "true" },
      };
      await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, { ...authOptions, secret });
      return new URL(String(body.url)).searchParams.get("error");
    };
    await database.prisma.rateLimitBucket.deleteMany({});
    expect(await signIn("erin@test.local", WRONG)).toBe("CredentialsSignin");
    expect(await signIn("nobody@test.local", WRONG)).toBe("CredentialsSignin");
    await database.prisma.rateLimitBucket.update({ where: { key: "signin:account:erin@test.local" }, data: { lockedUntil: new Date(Date.now() + 13 * min + 30_000) } });
    const error = await signIn("erin@test.local", PASSWORD);
    expect(error).toBe(locked(14));
    expect(isSignInLockoutMessage(error)).toBe(true);
  });
});
