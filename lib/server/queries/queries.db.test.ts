import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseRelationshipQuery } from "@/lib/domain/relationship-query";
import type { SnapshotEntry } from "@/lib/domain/types";
import { authorizeTrackedAccount, type AccountScope } from "@/lib/server/access/account-scope";
import { NotFoundError, type Viewer } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { applySnapshot } from "@/lib/server/snapshots/apply-snapshot";
import { openTestDatabase } from "@/test/test-database";
import { findOutsideRange } from "./find-outside-range";
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
  const score = (handleKey: string, label: string) => ({ trackedAccountId: tracked.id, handleKey, label, score: 50, reasons: [], version: 1, scoredAt: new Date(t0) });
  await p.botScore.createMany({ data: [score("ann", "likely-bot"), score("axb", "likely-bot"), score("nope", "likely-real")] });
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
    // The last snapshot is on 4 Mar: 7 days are 26 Feb – 4 Mar, on the date each list is about.
    [{ kind: "followers", sort: "handle", range: "7d" }, ["a_b", "ann", "axb"]],
    [{ kind: "followers", sort: "-date", from: "2026-02-24", to: "2026-02-25" }, ["zed", "new.one"]],
    [{ kind: "following", sort: "-date", range: "7d" }, ["ann", "zed", "nope"]],
    [{ kind: "following", sort: "date", from: "2026-02-27" }, ["zed", "ann"]],
    [{ kind: "lost-followers", sort: "handle", range: "7d" }, ["mo"]],
    [{ kind: "lost-followers", sort: "handle", to: "2026-03-03" }, []],
    [{ kind: "followers", sort: "handle", label: "likely-bot" }, ["ann", "axb"]],
    [{ kind: "not-following-back", sort: "handle", label: "likely-real" }, ["nope"]],
    [{ kind: "fans", sort: "handle", label: "likely-bot" }, ["axb"]],
    [{ kind: "followers", sort: "handle", label: "unknown" }, []],
  ])("%j", async (params, expected) => {
    expect(await keys(params)).toEqual(expected);
  });

  it("reports totals from the stored counts and from the search", async () => {
    expect((await findRelationships(scope, parseRelationshipQuery({ kind: "fans" }))).total).toBe(3);
    expect((await findRelationships(scope, parseRelationshipQuery({ kind: "followers", q: "a" }))).total).toBe(3);
    expect((await findRelationships(scope, parseRelationshipQuery({ kind: "followers", range: "7d" }))).total).toBe(3);
    expect((await findRelationships(scope, parseRelationshipQuery({ kind: "mutuals", label: "likely-bot" }))).total).toBe(1);
  });

  it("labels every scored row, whatever the list", async () => {
    const labels = async (kind: string) => (await findRelationships(scope, parseRelationshipQuery({ kind, sort: "handle" }))).rows.map((r) => [r.handleKey, r.botLabel]);
    expect(await labels("not-following-back")).toEqual([["nope", "likely-real"]]);
    expect(await labels("mutuals")).toEqual([["ann", "likely-bot"], ["zed", null]]);
    expect(await labels("lost-followers")).toEqual([["mo", null]]);
  });

  it("says what an empty ranged list holds outside its range", async () => {
    const outside = (params: Record<string, string>) => findOutsideRange(scope, parseRelationshipQuery(params));
    expect(await outside({ kind: "followers", from: "2026-03-10", to: "2026-03-20" })).toEqual({ count: 5, countIsLowerBound: false, earliest: "2026-02-24", latest: "2026-02-28" });
    expect(await outside({ kind: "followers", from: "2026-03-10", label: "likely-bot" })).toEqual({ count: 2, countIsLowerBound: false, earliest: "2026-02-26", latest: "2026-02-28" });
    expect(await outside({ kind: "fans", q: "zz", range: "7d" })).toBeNull();
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
    const { points } = await getDailySeries(scope, { preset: "all" });
    expect(points.at(-1)?.followers).toBe(5);
    expect(points.at(-1)?.lost).toBe(1);
    expect(points[0]?.reconstructed).toBe(true);
    expect(points.at(-1)?.reconstructed).toBe(false);
  });

  it("lays the previous period over a ranged series, only where it has history", async () => {
    const series = await getDailySeries(scope, { preset: "7d" });
    expect(series.window).toEqual({ from: "2026-02-26", to: "2026-03-04" });
    expect(series.previousWindow).toEqual({ from: "2026-02-19", to: "2026-02-25" });
    expect(series.points.map((p) => p.previous?.day ?? null)).toEqual([null, null, null, null, null, "2026-02-24", "2026-02-25"]);
    expect(series.points.map((p) => p.previous?.gained ?? null).slice(5)).toEqual([2, 1]);
    expect(series.lastChangeBefore).toBeNull();
  });

  it("names the last change before a range that has none", async () => {
    const quiet = await getDailySeries(scope, { from: "2026-03-02", to: "2026-03-03" });
    expect(quiet.points.every((p) => p.gained === 0 && p.lost === 0)).toBe(true);
    expect(quiet.lastChangeBefore).toBe("2026-02-28");
  });

  it("account history shows the closed follow with its window", async () => {
    const history = await getAccountHistory(scope, "MO");
    expect(history?.isFollower).toBe(false);
    expect(history?.periods).toEqual([
      { direction: "follower", since: new Date(t0 - 5 * DAY).toISOString(), untilAfter: new Date(t0).toISOString(), untilBefore: new Date(t0 + 3 * DAY).toISOString() },
    ]);
    expect(await getAccountHistory(scope, "stranger")).toBeNull();
  });

  it.each([
    { kind: "followers", sort: "handle" },
    { kind: "followers", sort: "-handle", q: "a" },
    { kind: "followers", sort: "-date" },
    { kind: "followers", sort: "date", range: "7d" },
    { kind: "following", sort: "-date", label: "likely-bot" },
    { kind: "lost-followers", sort: "-date" },
  ])("streams a whole list with the table's filter and order, in chunks of any size: %j", async (params) => {
    const query = parseRelationshipQuery(params);
    const table = (await findRelationships(scope, query)).rows;
    for (const chunkSize of [1, 2, 5_000]) {
      const rows = [];
      for await (const chunk of streamRelationships(scope, query, chunkSize)) rows.push(...chunk);
      expect(rows).toEqual(table);
    }
  });
});

describe("lost followers who left at the same snapshot", () => {
  it("break their tie by handle in the sort's direction, in the table and the export alike", async () => {
    const p = database.prisma;
    const tracked = await p.trackedAccount.create({ data: { ownerId: alice.userId, handle: "many.lost", handleKey: "many.lost" } });
    await applySnapshot(p, tracked.id, { takenAt: new Date(t0), source: "test", followers: list("d.one", "b.one", "stays", "a.one", "c.one"), following: [] });
    await applySnapshot(p, tracked.id, { takenAt: new Date(t0 + DAY), source: "test", followers: list("stays"), following: [] });
    const lostScope = await authorizeTrackedAccount(alice, "many.lost");
    for (const [sort, order] of [["-date", ["d.one", "c.one", "b.one", "a.one"]], ["date", ["a.one", "b.one", "c.one", "d.one"]]] as const) {
      const query = parseRelationshipQuery({ kind: "lost-followers", sort });
      const table = (await findRelationships(lostScope, query)).rows;
      expect(table.map((r) => r.handleKey)).toEqual(order);
      const streamed = [];
      for await (const chunk of streamRelationships(lostScope, query, 1)) streamed.push(...chunk);
      expect(streamed).toEqual(table);
    }
  });
});
