import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { authenticateApiToken, LAST_USED_RESOLUTION_MS } from "./authenticate-api-token";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";
import { hashApiToken } from "./token-secret";

let database: Database;
let alice: Viewer;
let bob: Viewer;

beforeAll(async () => {
  database = await openTestDatabase();
  const a = await database.prisma.user.create({ data: { email: "alice@test.local", passwordHash: "x" } });
  const b = await database.prisma.user.create({ data: { email: "bob@test.local", passwordHash: "x", role: "ADMIN" } });
  alice = { userId: a.id, email: a.email, role: "CREATOR" };
  bob = { userId: b.id, email: b.email, role: "ADMIN" };
});
afterAll(async () => database?.close());

describe("API tokens", () => {
  it("stores only the sha256 of a new token and shows its prefix", async () => {
    const { token, view } = await createApiToken(alice, "Nightly script");
    const row = await database.prisma.apiToken.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(3));
    expect(view).toEqual({ id: row.id, name: "Nightly script", prefix: token.slice(3, 11), createdAt: row.createdAt, lastUsedAt: null, revokedAt: null });
    expect(view).not.toHaveProperty("tokenHash");
  });

  it("authenticates a token as its owner, and says which tokens it refuses and why", async () => {
    const { token } = await createApiToken(bob, "admin tool");
    expect(await authenticateApiToken(token)).toMatchObject({ ok: true, viewer: bob });
    expect(await authenticateApiToken(`fl_${"A".repeat(43)}`)).toEqual({ ok: false, reason: "unknown" });
    expect(await authenticateApiToken("not-a-token")).toEqual({ ok: false, reason: "malformed" });
    expect(await authenticateApiToken(token.slice(0, -1))).toEqual({ ok: false, reason: "malformed" });
  });

  it("records the last use at most once a minute", async () => {
    const { token, view } = await createApiToken(alice, "last use");
    const lastUsed = async () => (await database.prisma.apiToken.findUniqueOrThrow({ where: { id: view.id } })).lastUsedAt?.getTime();
    const t0 = Date.UTC(2026, 2, 1, 9);
    await authenticateApiToken(token, new Date(t0));
    expect(await lastUsed()).toBe(t0);
    await authenticateApiToken(token, new Date(t0 + LAST_USED_RESOLUTION_MS - 1));
    expect(await lastUsed()).toBe(t0);
    await authenticateApiToken(token, new Date(t0 + LAST_USED_RESOLUTION_MS + 1));
    expect(await lastUsed()).toBe(t0 + LAST_USED_RESOLUTION_MS + 1);
  });

  it("revokes only the viewer's own token; another creator's id changes nothing", async () => {
    const { token, view } = await createApiToken(alice, "to revoke");
    expect(await revokeApiToken(bob, view.id)).toBe(false);
    expect(await authenticateApiToken(token)).toMatchObject({ ok: true });
    expect(await revokeApiToken(alice, view.id)).toBe(true);
    expect(await authenticateApiToken(token)).toEqual({ ok: false, reason: "revoked" });
    expect(await revokeApiToken(alice, view.id)).toBe(false);
    expect(await revokeApiToken(alice, 999_999)).toBe(false);
  });

  it("lists only the viewer's tokens, active first", async () => {
    const mine = await listApiTokens(alice);
    expect(mine.map((t) => t.name)).toEqual(["last use", "Nightly script", "to revoke"]);
    expect(mine.at(-1)?.revokedAt).toBeInstanceOf(Date);
    expect((await listApiTokens(bob)).map((t) => t.name)).toEqual(["admin tool"]);
  });
});
