import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SnapshotInput } from "@/lib/domain/types";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { deleteSnapshot } from "../snapshots/delete-snapshot";
import { applySnapshot } from "../snapshots/apply-snapshot";
import { detectAnomaliesForAccount } from "./detect-anomalies-for-account";

let database: Database;
let ownerId: number;
let seq = 0;

beforeAll(async () => {
  database = await openTestDatabase();
  ownerId = (await database.prisma.user.create({ data: { email: "detect@test.local", passwordHash: "x" } })).id;
});
afterAll(async () => database?.close());

const DAY = 86_400_000;
const start = Date.UTC(2026, 3, 1, 12);
const day = (n: number) => new Date(start + n * DAY);
const now = day(30);

async function newAccount() {
  seq += 1;
  const handle = `det_${seq}`;
  return (await database.prisma.trackedAccount.create({ data: { ownerId, handle, handleKey: handle } })).id;
}

/** Daily snapshots: `following(n)` lists who the account follows on day n; followers stay put. */
async function applyDays(tid: number, days: number, following: (n: number) => string[]) {
  const ids: number[] = [];
  for (let n = 0; n < days; n += 1) {
    const input: SnapshotInput = {
      takenAt: day(n),
      source: "test",
      followers: ["fan1", "fan2", "fan3"].map((handle) => ({ handle, since: null })),
      following: following(n).map((handle) => ({ handle, since: null })),
    };
    ids.push((await applySnapshot(database.prisma, tid, input)).snapshotId);
  }
  return ids;
}

async function addEvent(tid: number, handle: string, action: "follow" | "unfollow", origin: "user" | "system", at: Date) {
  await database.prisma.followEvent.create({
    data: { trackedAccountId: tid, handleKey: handle, handle, direction: 2, action, origin, occurredAt: at, idempotencyKey: `${action}:${handle}:${at.getTime()}`, source: "followlens" },
  });
}

const anomaliesOf = (tid: number) =>
  database.prisma.anomaly.findMany({ where: { trackedAccountId: tid }, include: { accounts: true, events: true }, orderBy: { id: "asc" } });

describe("detection runner", () => {
  it("raises an unexpected unfollow for a kept account lost without an unfollow of the creator's, once", async () => {
    const tid = await newAccount();
    const kept = ["k1", "k2", "k3"];
    await applyDays(tid, 8, (n) => (n < 6 ? [...kept, "x1", "x2"] : ["x1"]));
    await database.prisma.accountListEntry.createMany({ data: kept.map((h) => ({ trackedAccountId: tid, handleKey: h, list: "keep", addedAt: day(1) })) });
    // x2 was dropped by the creator: recorded, so not unexpected (and not on the keep list anyway)
    await addEvent(tid, "x2", "unfollow", "user", new Date(day(5).getTime() + 3_600_000));

    await detectAnomaliesForAccount(database.prisma, tid, () => {}, now);
    const first = (await anomaliesOf(tid)).filter((a) => a.kind === "unexpected-unfollow");
    expect(first).toHaveLength(1);
    expect(first[0]!.accounts.map((a) => a.handleKey).sort()).toEqual(kept);
    expect(first[0]!.windowEnd.toISOString()).toBe(day(6).toISOString());
    expect(first[0]!.events.map((e) => e.type)).toEqual(["detected"]);

    await detectAnomaliesForAccount(database.prisma, tid, () => {}, now);
    const again = (await anomaliesOf(tid)).filter((a) => a.kind === "unexpected-unfollow");
    expect(again.map((a) => a.id)).toEqual(first.map((a) => a.id));
    expect(again[0]!.events).toHaveLength(1);

    const intent = await database.prisma.followEvent.findFirstOrThrow({ where: { trackedAccountId: tid, handleKey: "x2" } });
    expect(intent.resolution).toBe("confirmed");
  });

  it("turns a follow that never registered into an anomaly and confirms one that did", async () => {
    const tid = await newAccount();
    await applyDays(tid, 6, (n) => (n >= 3 ? ["a", "landed"] : ["a"]));
    await addEvent(tid, "landed", "follow", "user", new Date(day(2).getTime() + 3_600_000));
    await addEvent(tid, "ghost", "follow", "user", new Date(day(2).getTime() + 3_600_000));
    // five minutes before the last snapshot: too soon for that snapshot to judge it
    await addEvent(tid, "rushed", "follow", "user", new Date(day(5).getTime() - 5 * 60_000));
    await detectAnomaliesForAccount(database.prisma, tid, () => {}, now);
    const kinds = (await anomaliesOf(tid)).map((a) => [a.kind, a.accounts.map((x) => x.handleKey)]);
    expect(kinds).toContainEqual(["follow-not-registered", ["ghost"]]);
    const events = await database.prisma.followEvent.findMany({ where: { trackedAccountId: tid }, orderBy: { handleKey: "asc" } });
    expect(events.map((e) => [e.handleKey, e.resolution])).toEqual([["ghost", "anomaly"], ["landed", "confirmed"], ["rushed", "pending"]]);
  });

  it("re-evaluates when history is recomputed: deleting the snapshot that lost the kept accounts withdraws it", async () => {
    const tid = await newAccount();
    const ids = await applyDays(tid, 6, (n) => (n === 4 ? ["x"] : ["k1", "k2", "x"]));
    await database.prisma.accountListEntry.createMany({ data: ["k1", "k2"].map((h) => ({ trackedAccountId: tid, handleKey: h, list: "keep", addedAt: day(0) })) });
    await detectAnomaliesForAccount(database.prisma, tid, () => {}, now);
    const [raised] = (await anomaliesOf(tid)).filter((a) => a.kind === "unexpected-unfollow");
    expect(raised?.withdrawnAt).toBeNull();

    await deleteSnapshot(database.prisma, tid, ids[4]!);
    await detectAnomaliesForAccount(database.prisma, tid, () => {}, now);
    const after = await database.prisma.anomaly.findUniqueOrThrow({ where: { id: raised!.id }, include: { events: true } });
    expect(after.withdrawnAt).not.toBeNull();
    expect(after.events.map((e) => e.type)).toEqual(["detected", "withdrawn"]);
  });

  it("keeps the audit trail append only in the database itself", async () => {
    const [anomaly] = await database.prisma.anomaly.findMany({ take: 1 });
    await expect(database.prisma.anomalyEvent.updateMany({ where: { anomalyId: anomaly!.id }, data: { note: "rewritten" } })).rejects.toThrow();
    await expect(database.prisma.anomalyEvent.deleteMany({ where: { anomalyId: anomaly!.id } })).rejects.toThrow();
    expect(await database.prisma.anomalyEvent.count({ where: { anomalyId: anomaly!.id } })).toBeGreaterThan(0);
  });

  it("raises one platform incident when several tracked accounts lose kept follows on the same day", async () => {
    const accounts = await Promise.all([1, 2, 3, 4].map(() => newAccount()));
    for (const tid of accounts) {
      await applyDays(tid, 8, (n) => (n < 7 ? ["k1", "k2"] : []));
      await database.prisma.accountListEntry.createMany({ data: ["k1", "k2"].map((h) => ({ trackedAccountId: tid, handleKey: h, list: "keep", addedAt: day(0) })) });
    }
    for (const tid of accounts) await detectAnomaliesForAccount(database.prisma, tid, () => {}, day(9));
    const incidents = await database.prisma.anomaly.findMany({ where: { kind: "platform-incident" }, include: { accounts: true } });
    expect(incidents).toHaveLength(1);
    expect(incidents[0]!.trackedAccountId).toBeNull();
    expect(incidents[0]!.accounts.map((a) => a.handleKey).sort()).toEqual(accounts.map(String).sort());
  });
});
