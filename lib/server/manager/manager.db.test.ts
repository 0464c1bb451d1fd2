import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { suggestionReasons, type SuggestionFacts } from "@/lib/domain/manager/suggestion-reasons";
import { parseSuggestionQuery } from "@/lib/domain/manager/suggestion-query";
import { suggestionReasonKinds } from "@/lib/domain/manager/suggestion-rules";
import { parseRelationshipQuery } from "@/lib/domain/relationship-query";
import { authorizeTrackedAccount, type AccountScope } from "@/lib/server/access/account-scope";
import { NotFoundError, type Viewer } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { addToList } from "../lists/add-to-list";
import { findListPage } from "../lists/find-list-page";
import { listHandleKeys } from "../lists/list-handle-keys";
import { findFans } from "./find-fans";
import { findRecordedActions } from "./find-recorded-actions";
import { findSuggestions } from "./find-suggestions";
import { recordIntents } from "./record-intents";

let database: Database;
let scope: AccountScope;
let other: AccountScope;
let bob: Viewer;
const now = new Date("2026-05-10T12:00:00Z");
const HOUR = 3_600_000;
const facts = new Map<string, SuggestionFacts>();

/** A deterministic small account: every combination of follow state, label, profile and list shows up. */
function* generated(n: number) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  for (let i = 0; i < n; i++) {
    const hours = pick([null, 1, 47, 48, 49, 24 * 10, 24 * 200]);
    yield {
      handleKey: `acct_${String(i).padStart(3, "0")}`,
      followingSince: hours === null ? null : new Date(now.getTime() - hours * HOUR),
      followerSince: rand() < 0.5 ? new Date(now.getTime() - 30 * 24 * HOUR) : null,
      botLabel: pick([null, "likely-real", "unknown", "suspicious", "likely-bot"]),
      lastPostAt: pick([null, new Date(now.getTime() - 2 * 24 * HOUR), new Date(now.getTime() - 89 * 24 * HOUR), new Date(now.getTime() - 91 * 24 * HOUR)]),
      videoCount: pick([null, 0, 5]),
      list: pick([null, null, "keep", "unfollow", "remove"]),
    };
  }
}

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  const a = await p.user.create({ data: { email: "manager-a@test.local", passwordHash: "x" } });
  const b = await p.user.create({ data: { email: "manager-b@test.local", passwordHash: "x" } });
  bob = { userId: b.id, email: b.email, role: "CREATOR" };
  const tracked = await p.trackedAccount.create({ data: { ownerId: a.id, handle: "Maker", handleKey: "maker" } });
  const bobs = await p.trackedAccount.create({ data: { ownerId: b.id, handle: "bobby", handleKey: "bobby" } });
  scope = await authorizeTrackedAccount({ userId: a.id, email: a.email, role: "CREATOR" }, "maker");
  other = await authorizeTrackedAccount(bob, "bobby");
  const rows = [...generated(240)].filter((r) => r.followingSince || r.followerSince);
  for (const r of rows) facts.set(r.handleKey, r);
  await p.relationship.createMany({
    data: rows.map((r) => ({ trackedAccountId: tracked.id, handleKey: r.handleKey, handle: r.handleKey.toUpperCase(), followingSince: r.followingSince, followerSince: r.followerSince })),
  });
  // Bob's account follows the same handles: none of it may leak into Maker's pages.
  await p.relationship.createMany({ data: rows.map((r) => ({ trackedAccountId: bobs.id, handleKey: r.handleKey, handle: r.handleKey, followingSince: new Date(0) })) });
  await p.botScore.createMany({
    data: rows.filter((r) => r.botLabel).map((r) => ({ trackedAccountId: tracked.id, handleKey: r.handleKey, score: 50, label: r.botLabel!, reasons: [], version: 1, scoredAt: now })),
  });
  await p.accountProfile.createMany({ data: rows.map((r) => ({ platform: "tiktok", handleKey: r.handleKey, handle: r.handleKey, videoCount: r.videoCount, lastPostAt: r.lastPostAt })) });
  await p.accountListEntry.createMany({ data: rows.filter((r) => r.list).map((r) => ({ trackedAccountId: tracked.id, handleKey: r.handleKey, list: r.list! })) });
});
afterAll(async () => database?.close());

async function allSuggestions(params: Record<string, string>) {
  const rows = [];
  for (let page = 1; ; page++) {
    const result = await findSuggestions(scope, parseSuggestionQuery({ ...params, page: String(page) }), now);
    rows.push(...result.rows);
    if (result.rows.length < result.query.pageSize) return { rows, total: result.total, inGrace: result.inGrace };
  }
}

describe("findSuggestions", () => {
  it.each(["all", ...suggestionReasonKinds])("reason %s: the SQL picks what the pure rules pick", async (reason) => {
    const expected = [...facts.entries()]
      .filter(([, f]) => {
        const reasons = suggestionReasons(f, now);
        return reason === "all" ? reasons.length > 0 : (reasons as string[]).includes(reason);
      })
      .map(([k]) => k)
      .sort();
    expect(expected.length).toBeGreaterThan(5);
    const { rows, total } = await allSuggestions({ reason, sort: "handle" });
    expect(rows.map((r) => r.handleKey)).toEqual(expected);
    expect(total).toBe(expected.length);
    for (const row of rows) expect(row.reasons).toEqual(suggestionReasons(facts.get(row.handleKey)!, now));
  });

  it("never suggests a follow of the last 48 hours nor a keep-list account, and counts the grace period", async () => {
    const { rows, inGrace } = await allSuggestions({});
    for (const row of rows) {
      expect(now.getTime() - Date.parse(row.followingSince)).toBeGreaterThanOrEqual(48 * HOUR);
      expect(row.list).not.toBe("keep");
    }
    expect(inGrace).toBe([...facts.values()].filter((f) => f.followingSince && now.getTime() - f.followingSince.getTime() < 48 * HOUR).length);
  });

  it("sorts by follow date (oldest first by default) and by handle, and searches a prefix", async () => {
    const byDate = (await allSuggestions({})).rows;
    const dates = byDate.map((r) => Date.parse(r.followingSince));
    expect(dates).toEqual([...dates].sort((x, y) => x - y));
    const desc = (await findSuggestions(scope, parseSuggestionQuery({ sort: "-handle" }), now)).rows.map((r) => r.handleKey);
    expect(desc).toEqual([...desc].sort().reverse());
    const found = (await findSuggestions(scope, parseSuggestionQuery({ q: "acct_01" }), now)).rows;
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) expect(r.handleKey.startsWith("acct_01")).toBe(true);
    expect((await findSuggestions(scope, parseSuggestionQuery({ q: "acct%" }), now)).rows).toEqual([]);
  });

  it("shows another creator's account nothing of this one", async () => {
    await expect(authorizeTrackedAccount(bob, "maker")).rejects.toThrow(NotFoundError);
    const theirs = await findSuggestions(other, parseSuggestionQuery({}), now);
    for (const r of theirs.rows) expect(r.label).toBeNull();
  });
});

describe("lists and intents", () => {
  const suggested = async () => (await allSuggestions({ reason: "not-following-back" })).rows.map((r) => r.handleKey);

  it("moves a suggestion to the keep list, which takes it off the unfollow list and out of the suggestions", async () => {
    const onUnfollow = (await suggested()).find((k) => facts.get(k)!.list === "unfollow")!;
    expect(await addToList(scope, "keep", [onUnfollow, "not_followed_at_all"])).toBe(1);
    expect(await suggested()).not.toContain(onUnfollow);
    const keep = await findListPage(scope, "keep", 1);
    expect(keep.rows[0]!.handleKey).toBe(onUnfollow);
    expect(keep.rows[0]!.handle).toBe(onUnfollow.toUpperCase());
    expect((await findListPage(scope, "unfollow", 1)).rows.map((r) => r.handleKey)).not.toContain(onUnfollow);
  });

  it("records unfollows once, takes them off the unfollow list and lists them as pending", async () => {
    const keys = (await listHandleKeys(scope, "unfollow", 500))!;
    const followed = keys.filter((k) => facts.get(k)!.followingSince).slice(0, 3);
    const notFollowed = [...facts.entries()].find(([, f]) => !f.followingSince)![0];
    const first = await recordIntents(scope, "unfollow", [...followed, notFollowed], now);
    expect(first).toEqual({ recorded: expect.arrayContaining(followed), alreadyPending: 0, skipped: 1 });
    expect(await listHandleKeys(scope, "unfollow", 500)).not.toEqual(expect.arrayContaining([followed[0]]));
    const again = await recordIntents(scope, "unfollow", followed, new Date(now.getTime() + 1000));
    expect(again).toEqual({ recorded: [], alreadyPending: 3, skipped: 0 });
    const actions = await findRecordedActions(scope, 1);
    expect(actions.pending).toBe(3);
    expect(actions.rows.map((r) => [r.handleKey, r.action, r.resolution, r.source])).toEqual(
      expect.arrayContaining(followed.map((k) => [k, "unfollow", "pending", "followlens"])),
    );
    const event = await database.prisma.followEvent.findFirstOrThrow({ where: { trackedAccountId: scope.trackedAccountId, handleKey: followed[0] } });
    expect(event).toMatchObject({ direction: 2, origin: "user", handle: followed[0]!.toUpperCase(), idempotencyKey: `followlens:unfollow:${followed[0]}:${now.getTime()}` });
    expect(await findRecordedActions(other, 1)).toMatchObject({ rows: [], pending: 0 });
  });

  it("records a follow back for a fan and marks it on the fans page", async () => {
    const fans = await findFans(scope, parseRelationshipQuery({ sort: "handle" }, "fans"), now);
    const fan = fans.rows[0]!.handleKey;
    const mutual = [...facts.entries()].find(([, f]) => f.followingSince && f.followerSince)![0];
    expect(await recordIntents(scope, "follow", [fan, mutual], now)).toEqual({ recorded: [fan], alreadyPending: 0, skipped: 1 });
    expect((await findFans(scope, parseRelationshipQuery({ sort: "handle" }, "fans"), now)).followBackPending).toEqual([fan]);
  });

  it("refuses 'all' for a list longer than the limit", async () => {
    expect(await listHandleKeys(scope, "keep", 0)).toBeNull();
    expect(await listHandleKeys(other, "keep", 0)).toEqual([]);
  });
});
