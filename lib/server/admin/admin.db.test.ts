import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Evidence } from "@/lib/domain/anomalies/types";
import type { Viewer } from "@/lib/server/auth/viewer";
import { NotFoundError } from "@/lib/server/auth/viewer";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { addAnomalyNote } from "./add-anomaly-note";
import { parseQueueParams } from "./anomaly-queue-params";
import { assignAnomaly } from "./assign-anomaly";
import { changeAnomalyStatus } from "./change-anomaly-status";
import { findAnomalyAccounts, streamAnomalyAccounts } from "./find-anomaly-accounts";
import { findAnomalyQueue, streamAnomalyQueue } from "./find-anomaly-queue";
import { getAnomaly } from "./get-anomaly";
import { getPlatformOverview } from "./get-platform-overview";
import { listAdmins } from "./list-admins";

let database: Database;
let admin: Viewer;
let other: Viewer;
let creator: Viewer;
const ids: Record<string, number> = {};

const evidence: Evidence = {
  facts: [{ label: "Lost in the window", value: "14" }],
  series: { label: "Follows lost", unit: "accounts", points: [{ at: "2026-05-03", value: 14, inWindow: true }], baseline: 1, threshold: 5 },
};

const at = (day: number) => new Date(Date.UTC(2026, 4, day, 12));

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  const user = async (email: string, role: "ADMIN" | "CREATOR"): Promise<Viewer> => {
    const u = await p.user.create({ data: { email, passwordHash: "x", role } });
    return { userId: u.id, email, role };
  };
  admin = await user("admin@test.local", "ADMIN");
  other = await user("other-admin@test.local", "ADMIN");
  creator = await user("creator@test.local", "CREATOR");
  const account = (handle: string) =>
    p.trackedAccount.create({ data: { ownerId: creator.userId, handle, handleKey: handle.toLowerCase() } });
  const alpha = await account("alpha_one");
  const alphax = await account("alphaXone");
  const beta = await account("beta");
  const snap = await p.snapshot.create({
    data: { trackedAccountId: alpha.id, takenAt: at(3), source: "tiktok-export", contentHash: "h1", hasFollowers: true, hasFollowing: true, followerCount: 100, followingCount: 40, lostFollowing: 14 },
  });
  const other_snap = await p.snapshot.create({
    data: { trackedAccountId: beta.id, takenAt: at(3), source: "api", contentHash: "h2", hasFollowers: true, hasFollowing: false, followerCount: 5, followingCount: 0 },
  });
  const anomaly = async (name: string, data: { trackedAccountId: number | null; kind: string; severity: string; status?: string; day: number; withdrawn?: boolean; snapshotIds?: number[] }) => {
    const row = await p.anomaly.create({
      data: {
        trackedAccountId: data.trackedAccountId, key: name, kind: data.kind, severity: data.severity, status: data.status ?? "open",
        windowStart: at(data.day - 1), windowEnd: at(data.day), summary: `${name} in plain words`, accountCount: 3,
        evidence: evidence as object, snapshotIds: data.snapshotIds ?? [], withdrawnAt: data.withdrawn ? at(20) : null,
      },
    });
    await p.anomalyEvent.create({ data: { anomalyId: row.id, type: "detected", note: row.summary } });
    ids[name] = row.id;
  };
  await anomaly("unfollow", { trackedAccountId: alpha.id, kind: "unexpected-unfollow", severity: "high", day: 3, snapshotIds: [snap.id, other_snap.id] });
  await anomaly("burst", { trackedAccountId: alpha.id, kind: "follower-burst", severity: "low", day: 5 });
  await anomaly("ring", { trackedAccountId: alphax.id, kind: "churn-ring", severity: "medium", status: "acknowledged", day: 7 });
  await anomaly("spike", { trackedAccountId: beta.id, kind: "mass-unfollow-spike", severity: "high", status: "resolved", day: 9 });
  await anomaly("gone", { trackedAccountId: beta.id, kind: "follower-burst", severity: "medium", day: 10, withdrawn: true });
  await anomaly("incident", { trackedAccountId: null, kind: "platform-incident", severity: "high", day: 4 });
  await p.anomalyAccount.createMany({
    data: ["zed", "amy", "bob"].map((h) => ({ anomalyId: ids.unfollow!, handleKey: h, handle: h.toUpperCase(), detail: `kept since 2 May` })),
  });
});
afterAll(async () => database?.close());

const queue = (viewer: Viewer, raw: Record<string, string> = {}) => findAnomalyQueue(viewer, parseQueueParams(raw));
const names = (page: { rows: { id: number }[] }) => page.rows.map((r) => Object.entries(ids).find(([, id]) => id === r.id)?.[0]);

describe("admin authorization", () => {
  it("refuses a creator in every read and write, as not found", async () => {
    const id = ids.unfollow!;
    const calls: (() => Promise<unknown>)[] = [
      () => queue(creator),
      () => getAnomaly(creator, id),
      () => findAnomalyAccounts(creator, id, 1),
      () => streamAnomalyAccounts(creator, id).next(),
      () => streamAnomalyQueue(creator, parseQueueParams({})).next(),
      () => changeAnomalyStatus(creator, id, "acknowledged", null),
      () => assignAnomaly(creator, id, creator.userId),
      () => addAnomalyNote(creator, id, "hello"),
      () => getPlatformOverview(creator),
      () => listAdmins(creator),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(NotFoundError);
    const row = await database.prisma.anomaly.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("open");
    expect(row.assigneeId).toBeNull();
    expect(await database.prisma.anomalyEvent.count({ where: { anomalyId: id } })).toBe(1);
  });

  it("refuses a session that still says ADMIN after the user was made a creator", async () => {
    const stale: Viewer = { ...creator, role: "ADMIN" };
    await expect(queue(stale)).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeAnomalyStatus(stale, ids.unfollow!, "acknowledged", null)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("review queue", () => {
  it.each([
    [{}, ["spike", "ring", "burst", "incident", "unfollow"]],
    [{ sort: "oldest" }, ["unfollow", "incident", "burst", "ring", "spike"]],
    [{ withdrawn: "1" }, ["gone", "spike", "ring", "burst", "incident", "unfollow"]],
    [{ kind: "follower-burst" }, ["burst"]],
    [{ kind: "follower-burst", withdrawn: "1" }, ["gone", "burst"]],
    [{ status: "open" }, ["burst", "incident", "unfollow"]],
    [{ severity: "high" }, ["spike", "incident", "unfollow"]],
    [{ from: "2026-05-04", to: "2026-05-07" }, ["ring", "burst", "incident"]],
    [{ account: "alpha" }, ["ring", "burst", "unfollow"]],
    // "_" is a LIKE wildcard: the prefix must match it literally
    [{ account: "alpha_" }, ["burst", "unfollow"]],
    [{ account: "@BETA" }, ["spike"]],
    [{ sort: "severity" }, ["spike", "incident", "unfollow", "ring", "burst"]],
    [{ sort: "status" }, ["burst", "incident", "unfollow", "ring", "spike"]],
    [{ sort: "account" }, ["burst", "unfollow", "ring", "spike", "incident"]],
    [{ kind: "bogus", sort: "bogus" }, ["spike", "ring", "burst", "incident", "unfollow"]],
  ])("%j", async (raw, expected) => {
    expect(names(await queue(admin, raw))).toEqual(expected);
  });

  it("shows the account, its owner and the assignee; a platform incident has no account", async () => {
    const page = await queue(admin, { kind: "unexpected-unfollow" });
    expect(page.rows[0]).toMatchObject({ kind: "unexpected-unfollow", severity: "high", status: "open", account: { handle: "alpha_one", ownerEmail: "creator@test.local" }, accountCount: 3, assignee: null, reportedAt: null });
    expect((await queue(admin, { kind: "platform-incident" })).rows[0]?.account).toBeNull();
  });

  it("pages on the server, clamping a page past the end to the last page", async () => {
    const p = database.prisma;
    const tid = (await p.trackedAccount.findFirstOrThrow({ where: { handle: "beta" } })).id;
    await p.anomaly.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ trackedAccountId: tid, key: `bulk-${i}`, kind: "partial-snapshot", severity: i % 3 === 0 ? "high" : "low", windowStart: at(1), windowEnd: new Date(at(1).getTime() + i * 60_000), summary: "bulk", accountCount: 0, evidence: evidence as object })),
    });
    const first = await queue(admin, { kind: "partial-snapshot" });
    expect(first).toMatchObject({ total: 30, page: 1, pageSize: 25 });
    expect(first.rows).toHaveLength(25);
    const second = await queue(admin, { kind: "partial-snapshot", page: "2" });
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(30);
    expect((await queue(admin, { kind: "partial-snapshot", page: "99" })).page).toBe(2);
    // ranked sort across pages: all 10 highs come first
    const bySeverity = [...(await queue(admin, { kind: "partial-snapshot", sort: "severity" })).rows, ...(await queue(admin, { kind: "partial-snapshot", sort: "severity", page: "2" })).rows];
    expect(bySeverity.map((r) => r.severity)).toEqual([...Array(10).fill("high"), ...Array(20).fill("low")]);
    const streamed: number[] = [];
    for await (const chunk of streamAnomalyQueue(admin, parseQueueParams({ kind: "partial-snapshot", sort: "severity" }))) streamed.push(...chunk.map((r) => r.id));
    expect(streamed).toEqual(bySeverity.map((r) => r.id));
    await p.anomaly.deleteMany({ where: { key: { startsWith: "bulk-" } } });
  });
});

describe("anomaly page", () => {
  it("reads the anomaly, its evidence, its own snapshots and the trail", async () => {
    const detail = await getAnomaly(admin, ids.unfollow!);
    expect(detail).toMatchObject({ id: ids.unfollow, summary: "unfollow in plain words", evidence });
    // the other tracked account's snapshot id in snapshotIds is not shown
    expect(detail.snapshots).toHaveLength(1);
    expect(detail.snapshots[0]).toMatchObject({ source: "tiktok-export", followerCount: 100, followingCount: 40, lostFollowing: 14 });
    expect(detail.events.map((e) => [e.type, e.actor])).toEqual([["detected", null]]);
    await expect(getAnomaly(admin, 999_999)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pages the accounts involved by handle and streams them all", async () => {
    expect((await findAnomalyAccounts(admin, ids.unfollow!, 1)).rows.map((r) => r.handle)).toEqual(["AMY", "BOB", "ZED"]);
    const all: string[] = [];
    for await (const chunk of streamAnomalyAccounts(admin, ids.unfollow!)) all.push(...chunk.map((r) => r.handleKey));
    expect(all).toEqual(["amy", "bob", "zed"]);
  });

  it("lists the admins to assign to", async () => {
    expect((await listAdmins(admin)).map((a) => a.email)).toEqual(["admin@test.local", "other-admin@test.local"]);
  });
});

describe("status, assignment and notes", () => {
  it("acknowledges, refuses to resolve without a note, resolves with one and reopens; each change is one audit row", async () => {
    const id = ids.burst!;
    const before = await database.prisma.anomaly.findUniqueOrThrow({ where: { id } });
    expect(await changeAnomalyStatus(admin, id, "resolved", "skipping ahead")).toMatchObject({ ok: false });
    expect(await changeAnomalyStatus(admin, id, "acknowledged", null)).toEqual({ ok: true });
    expect(await changeAnomalyStatus(admin, id, "resolved", "   ")).toEqual({ ok: false, message: "Write a note saying why before you resolve it." });
    expect(await changeAnomalyStatus(admin, id, "resolved", " viral video, checked ")).toEqual({ ok: true });
    expect(await changeAnomalyStatus(other, id, "open", null)).toEqual({ ok: true });
    const after = await database.prisma.anomaly.findUniqueOrThrow({ where: { id } });
    expect(after.status).toBe("open");
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
    const trail = (await getAnomaly(admin, id)).events.slice(1);
    expect(trail.map((e) => [e.type, e.actor, e.fromStatus, e.toStatus, e.note])).toEqual([
      ["status", "admin@test.local", "open", "acknowledged", null],
      ["status", "admin@test.local", "acknowledged", "resolved", "viral video, checked"],
      ["status", "other-admin@test.local", "resolved", "open", null],
    ]);
  });

  it("assigns to admins only, unassigns, and filters 'assigned to me'", async () => {
    const id = ids.ring!;
    expect(await assignAnomaly(admin, id, creator.userId)).toEqual({ ok: false, message: "Anomalies can only be assigned to an admin." });
    expect(await assignAnomaly(admin, id, admin.userId)).toEqual({ ok: true });
    expect(await assignAnomaly(admin, id, admin.userId)).toEqual({ ok: true }); // no change, no row
    expect(names(await queue(admin, { mine: "1" }))).toEqual(["ring"]);
    expect(names(await queue(other, { mine: "1" }))).toEqual([]);
    expect((await queue(admin, { kind: "churn-ring" })).rows[0]?.assignee).toBe("admin@test.local");
    expect(await assignAnomaly(other, id, other.userId)).toEqual({ ok: true });
    expect(await assignAnomaly(other, id, null)).toEqual({ ok: true });
    const trail = (await getAnomaly(admin, id)).events.filter((e) => e.type === "assigned");
    expect(trail.map((e) => [e.actor, e.assignee])).toEqual([
      ["admin@test.local", "admin@test.local"],
      ["other-admin@test.local", "other-admin@test.local"],
      ["other-admin@test.local", null],
    ]);
  });

  it("adds notes, refusing a blank one", async () => {
    expect(await addAnomalyNote(admin, ids.spike!, "  ")).toEqual({ ok: false, message: "Write the note first." });
    expect(await addAnomalyNote(admin, ids.spike!, "Asked TikTok support")).toEqual({ ok: true });
    await expect(addAnomalyNote(admin, 999_999, "x")).rejects.toBeInstanceOf(NotFoundError);
    const last = (await getAnomaly(admin, ids.spike!)).events.at(-1);
    expect(last).toMatchObject({ type: "note", actor: "admin@test.local", note: "Asked TikTok support" });
  });

  it("only ever appends to the audit trail (the trigger refuses edits; the data layer never attempts one)", async () => {
    const p = database.prisma;
    const before = await p.anomalyEvent.findMany({ orderBy: { id: "asc" } });
    const id = ids.incident!;
    await assignAnomaly(admin, id, other.userId);
    await addAnomalyNote(other, id, "Several creators at once");
    await changeAnomalyStatus(other, id, "acknowledged", "looking");
    await changeAnomalyStatus(other, id, "dismissed", "known outage");
    const after = await p.anomalyEvent.findMany({ orderBy: { id: "asc" } });
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((e) => e.type)).toEqual(["assigned", "note", "status", "status"]);
    await expect(p.$executeRaw`UPDATE anomaly_events SET note = 'edited' WHERE id = ${before[0]!.id}`).rejects.toThrow();
    await expect(p.$executeRaw`DELETE FROM anomaly_events WHERE id = ${before[0]!.id}`).rejects.toThrow();
  });
});

describe("platform overview", () => {
  it("counts per day by kind, open incidents, the accounts hit most and totals by status", async () => {
    const overview = await getPlatformOverview(admin, at(12));
    expect(overview.perDay).toHaveLength(60);
    expect(overview.perDay.at(-1)?.day).toBe("2026-05-12");
    expect(overview.perDay.find((d) => d.day === "2026-05-03")?.["unexpected-unfollow"]).toBe(1);
    expect(overview.perDay.find((d) => d.day === "2026-05-10")?.["follower-burst"]).toBe(0); // withdrawn
    expect(overview.incidents).toEqual([]); // dismissed above
    expect(overview.mostAffected.map((a) => [a.handle, a.ownerEmail, a.unresolved, a.high])).toEqual([
      ["alpha_one", "creator@test.local", 2, 1],
      ["alphaXone", "creator@test.local", 1, 0],
    ]);
    expect(overview.totals).toEqual({ open: 2, acknowledged: 1, resolved: 1, dismissed: 1 });
    expect(overview.withdrawn).toBe(1);
  });
});
