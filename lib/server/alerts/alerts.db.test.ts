import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/server/auth/viewer";
import { NotFoundError } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { operatorScope, type AccountScope } from "../access/account-scope";
import { countOpenAlerts } from "./count-open-alerts";
import { getAlert } from "./get-alert";
import { ALERTS_PER_PAGE, listAlerts } from "./list-alerts";
import { reportAlert } from "./report-alert";
import { isOwnAlert, streamAlertAccounts } from "./stream-alert-accounts";

let database: Database;
let alice: Viewer;
let bob: Viewer;
let admin: Viewer;
let aliceScope: AccountScope;
let bobScope: AccountScope;
let seq = 0;

async function user(email: string, role: "CREATOR" | "ADMIN" = "CREATOR"): Promise<Viewer> {
  const u = await database.prisma.user.create({ data: { email, passwordHash: "x", role } });
  return { userId: u.id, email, role };
}

async function anomaly(scope: AccountScope | null, fields: { status?: string; day?: number; withdrawn?: boolean; reported?: boolean; accounts?: number } = {}) {
  seq += 1;
  const day = fields.day ?? seq;
  return database.prisma.anomaly.create({
    data: {
      trackedAccountId: scope?.trackedAccountId ?? null, kind: "mass-unfollow-spike", key: `a${seq}`, severity: "high", status: fields.status ?? "open",
      windowStart: new Date(Date.UTC(2026, 0, day)), windowEnd: new Date(Date.UTC(2026, 0, day + 1)),
      summary: `alert ${seq}`, accountCount: fields.accounts ?? 0,
      evidence: { facts: [{ label: "Lost", value: "120" }], series: null }, snapshotIds: [1, 2],
      withdrawnAt: fields.withdrawn ? new Date() : null, reportedAt: fields.reported ? new Date() : null,
      accounts: { create: Array.from({ length: fields.accounts ?? 0 }, (_, i) => ({ handleKey: `acc${String(i).padStart(3, "0")}`, handle: `Acc${i}`, detail: i === 0 ? "on your keep list" : null })) },
    },
  });
}

beforeAll(async () => {
  database = await openTestDatabase();
  alice = await user("alice@alerts.local");
  bob = await user("bob@alerts.local");
  admin = await user("admin@alerts.local", "ADMIN");
  for (const [v, h] of [[alice, "alice.h"], [bob, "bob.h"]] as const) await database.prisma.trackedAccount.create({ data: { ownerId: v.userId, handle: h, handleKey: h } });
  aliceScope = await operatorScope("alice.h");
  bobScope = await operatorScope("bob.h");
});
afterAll(async () => database?.close());

describe("alerts of a tracked account", () => {
  it("lists open ones first, then the rest newest first; withdrawn ones only when asked; never another account's or the platform's", async () => {
    const oldOpen = await anomaly(aliceScope, { day: 1 });
    const newClosed = await anomaly(aliceScope, { day: 20, status: "resolved" });
    const newOpen = await anomaly(aliceScope, { day: 10 });
    const acked = await anomaly(aliceScope, { day: 15, status: "acknowledged", reported: true });
    const withdrawn = await anomaly(aliceScope, { day: 25, withdrawn: true });
    await anomaly(bobScope, { day: 30 });
    await anomaly(null, { day: 30 });

    const all = await listAlerts(aliceScope, { filter: "all", showWithdrawn: false, page: 1 });
    expect(all.alerts.map((a) => a.id)).toEqual([newOpen.id, oldOpen.id, newClosed.id, acked.id]);
    expect(all.counts).toEqual({ open: 2, all: 4, reported: 1, closed: 1 });
    expect(all.withdrawn).toBe(1);
    const withWithdrawn = await listAlerts(aliceScope, { filter: "all", showWithdrawn: true, page: 1 });
    expect(withWithdrawn.alerts.map((a) => a.id)).toEqual([newOpen.id, oldOpen.id, withdrawn.id, newClosed.id, acked.id]);
    expect((await listAlerts(aliceScope, { filter: "open", showWithdrawn: true, page: 1 })).alerts.map((a) => a.id)).toEqual([newOpen.id, oldOpen.id]);
    expect((await listAlerts(aliceScope, { filter: "reported", showWithdrawn: false, page: 1 })).alerts.map((a) => a.id)).toEqual([acked.id]);
    expect((await listAlerts(aliceScope, { filter: "closed", showWithdrawn: false, page: 1 })).alerts.map((a) => a.id)).toEqual([newClosed.id]);
    expect(await countOpenAlerts(aliceScope)).toBe(2);
    expect((await listAlerts(bobScope, { filter: "all", showWithdrawn: true, page: 1 })).total).toBe(1);
  });

  it("pages across the open part and the rest", async () => {
    const scope = await (async () => {
      const v = await user("pager@alerts.local");
      await database.prisma.trackedAccount.create({ data: { ownerId: v.userId, handle: "pager", handleKey: "pager" } });
      return operatorScope("pager");
    })();
    const closed = [];
    const open = [];
    for (let i = 0; i < 30; i++) closed.push((await anomaly(scope, { day: 100 + i, status: "dismissed" })).id);
    for (let i = 0; i < 10; i++) open.push((await anomaly(scope, { day: 1 + i })).id);
    const expected = [...open.reverse(), ...closed.reverse()];
    const pages = await Promise.all([1, 2].map((page) => listAlerts(scope, { filter: "all", showWithdrawn: false, page })));
    expect(pages[0]!.alerts).toHaveLength(ALERTS_PER_PAGE);
    expect([...pages[0]!.alerts, ...pages[1]!.alerts].map((a) => a.id)).toEqual(expected);
    expect(pages[0]!.total).toBe(40);
  });

  it("shows one alert with its first 20 accounts and what a creator may see of its history", async () => {
    const a = await anomaly(aliceScope, { accounts: 25 });
    await database.prisma.anomalyEvent.createMany({
      data: [
        { anomalyId: a.id, type: "detected", note: "alert" },
        { anomalyId: a.id, type: "assigned", actorId: admin.userId, assigneeId: admin.userId },
        { anomalyId: a.id, type: "status", actorId: admin.userId, fromStatus: "open", toStatus: "acknowledged", note: "Looking into it" },
        { anomalyId: a.id, type: "note", actorId: admin.userId, note: "Seen on other accounts too" },
      ],
    });
    const detail = await getAlert(aliceScope, alice, a.id);
    expect(detail).toMatchObject({ id: a.id, accountCount: 25, storedAccounts: 25, snapshotCount: 2, evidence: { facts: [{ label: "Lost", value: "120" }], series: null } });
    expect(detail!.accounts).toHaveLength(20);
    expect(detail!.accounts[0]).toEqual({ handle: "Acc0", handleKey: "acc000", detail: "on your keep list" });
    expect(detail!.events.map((e) => [e.type, e.actor, e.toStatus, e.note])).toEqual([
      ["detected", "system", null, "alert"],
      ["status", "admin", "acknowledged", "Looking into it"],
      ["note", "admin", null, "Seen on other accounts too"],
    ]);
    expect(JSON.stringify(detail)).not.toContain(admin.email);
    expect(await getAlert(bobScope, bob, a.id)).toBeNull();

    const chunks = [];
    for await (const chunk of streamAlertAccounts(aliceScope, a.id)) chunks.push(...chunk);
    expect(chunks).toHaveLength(25);
    expect(await isOwnAlert(bobScope, a.id)).toBe(false);
    const none = [];
    for await (const chunk of streamAlertAccounts(bobScope, a.id)) none.push(...chunk);
    expect(none).toEqual([]);
  });

  it("sends an alert to the admins with a comment; again adds a comment; another account's alert is not found", async () => {
    const a = await anomaly(aliceScope);
    const first = await reportAlert(aliceScope, alice, a.id, "  These are my best friends, I never unfollowed them.  ");
    expect(first.again).toBe(false);
    const second = await reportAlert(aliceScope, alice, a.id, "It happened again today.");
    expect(second).toEqual({ reportedAt: first.reportedAt, again: true });
    const row = await database.prisma.anomaly.findUniqueOrThrow({ where: { id: a.id }, include: { events: { orderBy: { id: "asc" } } } });
    expect(row.reportedAt).toEqual(first.reportedAt);
    expect(row.events.map((e) => [e.type, e.actorId, e.note])).toEqual([
      ["reported", alice.userId, "These are my best friends, I never unfollowed them."],
      ["reported", alice.userId, "It happened again today."],
    ]);
    expect((await getAlert(aliceScope, alice, a.id))!.events.map((e) => e.actor)).toEqual(["you", "you"]);
    expect((await listAlerts(aliceScope, { filter: "reported", showWithdrawn: false, page: 1 })).alerts.map((x) => x.id)).toContain(a.id);

    await expect(reportAlert(bobScope, bob, a.id, "not mine")).rejects.toThrow(NotFoundError);
    await expect(reportAlert(aliceScope, alice, a.id, "   ")).rejects.toThrow(/Write a comment/);
    await expect(reportAlert(aliceScope, alice, a.id, "x".repeat(2001))).rejects.toThrow(/2,000 characters/);
    expect(await database.prisma.anomalyEvent.count({ where: { anomalyId: a.id } })).toBe(2);
  });
});
