import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FollowEventInput } from "@/lib/domain/api/events-request";
import { authorizeTrackedAccount, type AccountScope } from "@/lib/server/access/account-scope";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { ApiError } from "./api-error";
import type { ApiCaller } from "./authenticate-api-request";
import { authorizeApiAccount } from "./authorize-api-account";
import { findCallerImport } from "./find-caller-import";
import { recordFollowEvents } from "./record-follow-events";
import { upsertPushedProfiles } from "./upsert-pushed-profiles";

let database: Database;
let alice: ApiCaller;
let bob: ApiCaller;
let scope: AccountScope;
let bobScope: AccountScope;

const event = (key: string, changes: Partial<FollowEventInput> = {}): FollowEventInput => ({
  key, handle: "@Some.Fan", direction: "follower", action: "follow", origin: "user", occurredAt: "2026-03-01T09:00:00.250Z", ...changes,
});

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  const a = await p.user.create({ data: { email: "alice@test.local", passwordHash: "x" } });
  const b = await p.user.create({ data: { email: "bob@test.local", passwordHash: "x" } });
  alice = { tokenId: 1, viewer: { userId: a.id, email: a.email, role: "CREATOR" } };
  bob = { tokenId: 2, viewer: { userId: b.id, email: b.email, role: "CREATOR" } };
  await p.trackedAccount.create({ data: { ownerId: a.id, handle: "Alice.Makes", handleKey: "alice.makes" } });
  await p.trackedAccount.create({ data: { ownerId: b.id, handle: "bob.only", handleKey: "bob.only" } });
  scope = await authorizeTrackedAccount(alice.viewer, "alice.makes");
  bobScope = await authorizeTrackedAccount(bob.viewer, "bob.only");
});
afterAll(async () => database?.close());

describe("authorizeApiAccount", () => {
  it("finds the caller's own handle in any spelling, and answers 404 for anyone else's", async () => {
    expect((await authorizeApiAccount(alice, "%40ALICE.makes")).trackedAccountId).toBe(scope.trackedAccountId);
    for (const handle of ["bob.only", "nobody", "%E0%A4%A"]) {
      await expect(authorizeApiAccount(alice, handle)).rejects.toMatchObject({ status: 404, code: "not_found" });
    }
    await expect(authorizeApiAccount(alice, "bob.only")).rejects.toBeInstanceOf(ApiError);
  });
});

describe("recordFollowEvents", () => {
  it("records each key once: a retry and a repeated key insert nothing", async () => {
    const batch = [event("k1"), event("k2", { direction: "following", action: "unfollow", origin: "system" }), event("k1", { handle: "other" })];
    expect(await recordFollowEvents(scope, batch)).toEqual({ received: 3, inserted: 2, duplicates: 1 });
    expect(await recordFollowEvents(scope, batch)).toEqual({ received: 3, inserted: 0, duplicates: 3 });
    expect(await recordFollowEvents(scope, [event("k2"), event("k3")])).toEqual({ received: 2, inserted: 1, duplicates: 1 });
    const rows = await database.prisma.followEvent.findMany({ where: { trackedAccountId: scope.trackedAccountId }, orderBy: { idempotencyKey: "asc" } });
    expect(rows.map((r) => [r.idempotencyKey, r.handleKey, r.handle, r.direction, r.action, r.origin, r.occurredAt.toISOString(), r.source])).toEqual([
      ["k1", "some.fan", "Some.Fan", 1, "follow", "user", "2026-03-01T09:00:00.250Z", "api"],
      ["k2", "some.fan", "Some.Fan", 2, "unfollow", "system", "2026-03-01T09:00:00.250Z", "api"],
      ["k3", "some.fan", "Some.Fan", 1, "follow", "user", "2026-03-01T09:00:00.250Z", "api"],
    ]);
  });

  it("keeps keys per tracked account: another account's same key is its own event", async () => {
    expect(await recordFollowEvents(bobScope, [event("k1")])).toEqual({ received: 1, inserted: 1, duplicates: 0 });
  });

  it("takes an offset time and an empty batch", async () => {
    expect(await recordFollowEvents(scope, [event("tz", { occurredAt: "2026-03-01T11:00:00+02:00" })])).toMatchObject({ inserted: 1 });
    const row = await database.prisma.followEvent.findFirstOrThrow({ where: { trackedAccountId: scope.trackedAccountId, idempotencyKey: "tz" } });
    expect(row.occurredAt.toISOString()).toBe("2026-03-01T09:00:00.000Z");
    expect(await recordFollowEvents(scope, [])).toEqual({ received: 0, inserted: 0, duplicates: 0 });
  });

  it("records 10,000 events in one call", async () => {
    const many = Array.from({ length: 10_000 }, (_, i) => event(`bulk-${i}`, { handle: `fan_${i}` }));
    expect(await recordFollowEvents(scope, many)).toEqual({ received: 10_000, inserted: 10_000, duplicates: 0 });
  });
});

describe("upsertPushedProfiles", () => {
  beforeAll(async () => {
    await database.prisma.relationship.createMany({
      data: ["fan.one", "twice"].map((handleKey) => ({ trackedAccountId: scope.trackedAccountId, handleKey, handle: handleKey, followerSince: new Date() })),
    });
  });
  const read = (handleKey: string) => database.prisma.accountProfile.findUniqueOrThrow({ where: { platform_handleKey: { platform: "tiktok", handleKey } } });

  it("upserts on the account's platform; a missing or null field keeps what is stored", async () => {
    const first = { handle: "@Fan.One", followerCount: 10, videoCount: 0, hasAvatar: false, accountCreatedAt: "2025-01-01T00:00:00Z" };
    expect(await upsertPushedProfiles(scope, [first, { handle: "alice.makes", followerCount: 1_234, followingCount: 56 }])).toEqual({ received: 2, upserted: 2, ignored: 0 });
    expect(await read("fan.one")).toMatchObject({ handle: "Fan.One", followerCount: 10, videoCount: 0, hasAvatar: false, isPrivate: null });
    expect((await read("fan.one")).accountCreatedAt?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(await read("alice.makes")).toMatchObject({ followerCount: 1_234, followingCount: 56 });

    expect(await upsertPushedProfiles(scope, [{ handle: "fan.one", followerCount: 11, videoCount: null, isPrivate: true, lastPostAt: "2026-02-01T12:00:00+01:00" }])).toEqual({ received: 1, upserted: 1, ignored: 0 });
    const updated = await read("fan.one");
    expect(updated).toMatchObject({ handle: "fan.one", followerCount: 11, videoCount: 0, hasAvatar: false, isPrivate: true });
    expect(updated.lastPostAt?.toISOString()).toBe("2026-02-01T11:00:00.000Z");
  });

  it("counts a handle sent twice once", async () => {
    expect(await upsertPushedProfiles(scope, [{ handle: "twice", bioLength: 3 }, { handle: "@TWICE", bioLength: 4 }])).toEqual({ received: 2, upserted: 1, ignored: 0 });
    expect([3, 4]).toContain((await read("twice")).bioLength);
  });

  it("ignores handles that are neither the account nor in its lists (profiles are shared between creators)", async () => {
    expect(await upsertPushedProfiles(scope, [{ handle: "stranger", followerCount: 1 }, { handle: "fan.one", followerCount: 12 }])).toEqual({ received: 2, upserted: 1, ignored: 1 });
    expect(await database.prisma.accountProfile.findUnique({ where: { platform_handleKey: { platform: "tiktok", handleKey: "stranger" } } })).toBeNull();
    expect(await upsertPushedProfiles(bobScope, [{ handle: "fan.one", followerCount: 0 }])).toEqual({ received: 1, upserted: 0, ignored: 1 });
    expect((await read("fan.one")).followerCount).toBe(12);
  });
});

describe("findCallerImport", () => {
  it("shows an import only to the creator who tracks its account", async () => {
    const row = await database.prisma.import.create({
      data: { trackedAccountId: scope.trackedAccountId, origin: "api", fileName: "api-push.ndjson", fileSize: 10n, fileHash: "h", status: "parsing" },
    });
    expect(await findCallerImport(alice, row.id)).toMatchObject({ id: row.id, status: "parsing", fileName: "api-push.ndjson", fileSize: 10 });
    expect(await findCallerImport(bob, row.id)).toBeNull();
    expect(await findCallerImport(alice, row.id + 1000)).toBeNull();
  });
});
