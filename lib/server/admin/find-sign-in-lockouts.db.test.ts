import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotFoundError, type Viewer } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { recordSignInLockout } from "@/lib/server/sign-in/record-sign-in-lockout";
import { openTestDatabase } from "@/test/test-database";
import { findSignInLockouts } from "./find-sign-in-lockouts";

let database: Database;
let admin: Viewer;
let creator: Viewer;
const now = new Date(Date.UTC(2026, 5, 1, 12));
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  const a = await p.user.create({ data: { email: "admin@test.local", passwordHash: "x", role: "ADMIN" } });
  const c = await p.user.create({ data: { email: "creator@test.local", passwordHash: "x" } });
  admin = { userId: a.id, email: a.email, role: "ADMIN" };
  creator = { userId: c.id, email: c.email, role: "CREATOR" };
  await recordSignInLockout(p, { scope: "account", userId: c.id, address: "198.51.100.1", failures: 10, until: at(-5) });
  await recordSignInLockout(p, { scope: "address", userId: null, address: "198.51.100.2", failures: 30, until: at(10) });
  // not a lockout: never listed
  await p.securityEvent.create({ data: { kind: "something-else", address: "198.51.100.3" } });
});
afterAll(async () => database?.close());

describe("findSignInLockouts", () => {
  it("lists lockouts newest first with the account's email and whether each still lasts", async () => {
    const rows = await findSignInLockouts(admin, now);
    expect(rows.map(({ id: _id, at: _at, ...rest }) => rest)).toEqual([
      { scope: "address", email: null, address: "198.51.100.2", failures: 30, until: at(10).toISOString(), inForce: true },
      { scope: "account", email: "creator@test.local", address: "198.51.100.1", failures: 10, until: at(-5).toISOString(), inForce: false },
    ]);
  });

  it("refuses a creator, and a session that still says ADMIN after a demotion, as not found", async () => {
    await expect(findSignInLockouts(creator)).rejects.toBeInstanceOf(NotFoundError);
    await expect(findSignInLockouts({ ...creator, role: "ADMIN" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
