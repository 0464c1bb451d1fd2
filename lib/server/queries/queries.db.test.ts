import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRelationshipQuery } from "@/lib/domain/relationship-query";
import type { SnapshotEntry } from "@/lib/domain/types";
import { authorizeTrackedAccount, type AccountScope } from "@/lib/server/access/account-scope";
import { NotFoundError, type Viewer } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { applySnapshot } from "@/lib/server/snapshots/apply-snapshot";
import { openTestDatabase } from "@/test/test-database";
import { findRelationships } from "./find-relationships";
import { getAccountHistory } from "./get-account-history";
import { getDailySeries } from "./get-daily-series";
import { getOverview } from "./get-overview";
import { streamRelationships } from "./stream-relationships";

let database: Database;
let alice: Viewer;
let bob: Viewer;
let scope: AccountScope;

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 2, 1, 9);
const list = (...names: string[]): SnapshotEntry[] => names.map((handle, i) => ({ handle, since: new Date(t0 - (i + 1) * DAY) }));

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  const a = await p.user.create({ data: { email: "alice@test.local", passwordHash: "x" } });
  const b = await p.user.create({ data: { email: "bob@test.local", passwordHash: "x" } });
  alice = { userId: a.id, email: a.email, role: "CREATOR" };
  bob = { userId: b.id, email: b.email, role: "CREATOR" };
  const tracked = await p.trackedAccount.create({ data: { ownerId: a.id, handle: "Alice.Makes", handleKey: "alice.makes" } });
  await p.trackedAccount.create({ data: { ownerId: b.id, handle: "bob.only", handleKey: "bob.only" } });
  await applySnapshot(p, tracked.id, { takenAt: new Date(t0), source: "test", followers: list("ann", "a_b", "axb", "Zed", "mo"), following: list("ann", "zed", "nope") });
  await applySnapshot(p, tracked.id, { takenAt: new Date(t0 + 3 * DAY), source: "test", followers: list("ann", "a_b", "axb", "zed", "new.one"), following: list("ann", "zed", "nope") });
  scope = await authorizeTrackedAccount(alice, "@ALICE.makes");
});
afterAll(async () => database?.close());

describe("authorization", () => {
  it("refuses another creator's tracked account as if it did not exist", async () => {
    await expect(authorizeTrackedAccount(bob, "alice.makes")).rejects.toThrow(NotFoundError);
    await expect(authorizeTrackedAccount(alice, "bob.only")).rejects.toThrow(NotFoundError);
    await expect(authorizeTrackedAccount(alice, "")).rejects.toThrow(NotFoundError);
  });
});

describe("findRelationships", () => {
  const keys = async (params: Record<string, string>) => (await findRelationships(scope, parseRelationshipQuery(params))).rows.map((r) => r.handleKey);

  it.each([
    [{ kind: "followers", sort: "handle" }, ["a_b", "ann", "axb", "new.one", "zed"]],
    [{ kind: "following", sort: "-handle" }, ["zed", "nope", "ann"]],
    [{ kind: "mutuals", sort: "handle" }, ["ann", "zed"]],
    [{ kind: "not-following-back", sort: "handle" }, ["nope"]],
    [{ kind: "fans", sort: "handle" }, ["a_b", "axb", "new.one"]],
    [{ kind: "lost-followers", sort: "handle" }, ["mo"]],
    [{ kind: "followers", sort: "handle", q: "a_" }, ["a_b"]],
    [{ kind: "followers", sort: "handle", q: "@A" }, ["a_b", "ann", "axb"]],
    [{ kind: "followers", sort: "handle", q: "%" }, []],
  ])("%j", async (params, expected) => {
    expect(await keys(params)).toEqual(expected);
  });

  it("reports totals from the stored counts and from the search", async () => {
    expect((await findRelationships(scope, parseRelationshipQuery({ kind: "fans" }))).total).toBe(3);
    expect((await findRelationships(scope, parseRelationshipQuery({ kind: "followers", q: "a" }))).total).toBe(3);
  });

  it("keeps the display spelling last seen", async () => {
    const rows = (await findRelationships(scope, parseRelationshipQuery({ kind: "mutuals", sort: "handle" }))).rows;
    expect(rows.map((r) => r.handle)).toEqual(["ann", "zed"]);
  });
});

describe("overview, series, history and export", () => {
  it("counts and net change agree with the snapshots", async () => {
    const overview = await getOverview(scope);
    expect(overview).toMatchObject({ followers: 5, following: 3, mutuals: 2, fans: 3, notFollowingBack: 1 });
    // gains dated 26–28 Feb (ann, a_b, axb) minus the loss (mo) found on 4 Mar
    expect(overview?.net7.value).toBe(3 - 1);
  });

  it("the daily series ends at the current follower count and marks reconstructed days", async () => {
    const points = await getDailySeries(scope, "all");
    expect(points.at(-1)?.followers).toBe(5);
    expect(points.at(-1)?.lost).toBe(1);
    expect(points[0]?.reconstructed).toBe(true);
    expect(points.at(-1)?.reconstructed).toBe(false);
  });

  it("account history shows the closed follow with its window", async () => {
    const history = await getAccountHistory(scope, "MO");
    expect(history?.isFollower).toBe(false);
    expect(history?.periods).toEqual([
      { direction: "follower", since: new Date(t0 - 5 * DAY).toISOString(), untilAfter: new Date(t0).toISOString(), untilBefore: new Date(t0 + 3 * DAY).toISOString() },
    ]);
    expect(await getAccountHistory(scope, "stranger")).toBeNull();
  });

  it("streams a whole list in key order", async () => {
    const rows = [];
    for await (const chunk of streamRelationships(scope, "followers")) rows.push(...chunk);
    expect(rows.map((r) => r.handleKey)).toEqual(["a_b", "ann", "axb", "new.one", "zed"]);
  });
});
