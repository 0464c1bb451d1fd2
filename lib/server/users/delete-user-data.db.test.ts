import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultDemoOptions } from "@/lib/domain/demo/generate-demo";
import { hashPassword } from "@/lib/server/auth/password";
import type { Viewer } from "@/lib/server/auth/viewer";
import { scoreTrackedAccount } from "@/lib/server/bots/score-tracked-account";
import type { Database } from "@/lib/server/db/open-database";
import { seedDemoHistory } from "@/lib/server/demo/seed-demo-history";
import { SignInLockedError } from "@/lib/server/sign-in/sign-in-locked-error";
import { openTestDatabase } from "@/test/test-database";
import { changeEmail } from "./change-email";
import { partitionsOf } from "../bots/score-partitions";
import { changePassword } from "./change-password";
import { deleteAccount } from "./delete-account";
import { verifyCredentials } from "./verify-credentials";

let database: Database;
let files: string;
const PASSWORD = "correct horse battery staple";
const now = new Date(Date.UTC(2026, 5, 1));

/** A user with one tracked account and a row in every table that can hold their data. */
async function userWithEverything(tag: string, role: "CREATOR" | "ADMIN" = "CREATOR") {
  const prisma = database.prisma;
  const user = await prisma.user.create({ data: { email: `${tag}@test.local`, passwordHash: await hashPassword(PASSWORD), role } });
  const tracked = await prisma.trackedAccount.create({ data: { ownerId: user.id, handle: `${tag}.handle`, handleKey: `${tag}.handle` } });
  await seedDemoHistory(prisma, tracked.id, { ...defaultDemoOptions(now), seed: tag.length, followers: 200, following: 40, days: 14, trackedHandle: tracked.handle });
  await scoreTrackedAccount(prisma, tracked.id);
  const id = tracked.id;
  const file = path.join(files, `${tag}.upload`);
  await writeFile(file, "followers");
  await prisma.import.create({ data: { trackedAccountId: id, origin: "upload", fileName: "export.zip", fileSize: 9n, fileHash: tag, storagePath: file, status: "ready" } });
  const profileFile = path.join(files, `${tag}-profiles.upload`);
  await writeFile(profileFile, "handle,followers");
  await prisma.profileImport.create({ data: { trackedAccountId: id, fileName: "profiles.csv", fileSize: 16n, fileHash: tag, storagePath: profileFile, status: "ready" } });
  await prisma.accountListEntry.create({ data: { trackedAccountId: id, handleKey: "someone", list: "keep" } });
  await prisma.followEvent.create({
    data: { trackedAccountId: id, handleKey: "someone", handle: "someone", direction: 2, action: "unfollow", origin: "user", occurredAt: now, idempotencyKey: tag, source: "api" },
  });
  const job = await prisma.job.create({ data: { kind: "rescore", trackedAccountId: id } });
  await prisma.jobEvent.create({ data: { jobId: job.id, event: "started" } });
  const token = await prisma.apiToken.create({ data: { userId: user.id, name: "script", prefix: "fl_x", tokenHash: `hash-${tag}` } });
  await prisma.rateLimitBucket.create({ data: { key: `api:${token.id}`, tokens: 1, updatedAt: now } });
  await prisma.rateLimitBucket.create({ data: { key: `signin:account:${user.email}`, tokens: 0, updatedAt: new Date(), failures: 2 } });
  await prisma.securityEvent.create({ data: { kind: "sign-in-lockout", userId: user.id, address: "192.0.2.9" } });
  const webhook = await prisma.webhook.create({ data: { userId: user.id, url: "https://example.com/hook", secret: "s" } });
  const anomaly = await prisma.anomaly.create({
    data: { trackedAccountId: id, kind: "unexpected-unfollow", key: `anomaly-${tag}`, severity: "high", windowStart: now, windowEnd: now, summary: "x", accountCount: 1, evidence: {} },
  });
  await prisma.anomalyAccount.create({ data: { anomalyId: anomaly.id, handleKey: "someone", handle: "someone" } });
  await prisma.anomalyEvent.create({ data: { anomalyId: anomaly.id, actorId: user.id, type: "reported" } });
  await prisma.webhookDelivery.create({ data: { webhookId: webhook.id, anomalyId: anomaly.id } });
  return { user, userId: user.id, viewer: { userId: user.id, email: user.email, role } satisfies Viewer, trackedAccountId: id, anomalyId: anomaly.id, file };
}

type Owner = { userId: number; trackedAccountId: number };

/** Rows per table that belong to a user: by tracked account, by user column, by platform-incident entry, by key. */
async function rowsOf({ userId, trackedAccountId }: Owner): Promise<Record<string, number>> {
  const prisma = database.prisma;
  // Tables as the application sees them: bot_scores with its partitions' rows, not each partition again.
  const columns = await prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT c.relname AS table_name, a.attname AS column_name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid AND NOT a.attisdropped
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND a.attname IN ('tracked_account_id', 'user_id', 'owner_id', 'actor_id', 'assignee_id')
    ORDER BY 1, 2`;
  const counts: Record<string, number> = {};
  for (const { table_name: table, column_name: column } of columns) {
    const value = column === "tracked_account_id" ? trackedAccountId : userId;
    const [row] = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" = $1`, value);
    counts[`${table}.${column}`] = Number(row!.n);
  }
  counts["users"] = await prisma.user.count({ where: { id: userId } });
  counts["anomaly_accounts (incident)"] = await prisma.anomalyAccount.count({ where: { handleKey: String(trackedAccountId), anomaly: { trackedAccountId: null } } });
  const tokens = await prisma.apiToken.findMany({ where: { userId }, select: { id: true } });
  const user = await prisma.user.findUnique({ where: { id: userId } });
  counts["rate_limit_buckets"] = await prisma.rateLimitBucket.count({
    where: { key: { in: [...tokens.map((t) => `api:${t.id}`), ...(user ? [`signin:account:${user.email}`] : [])] } },
  });
  return counts;
}

let alice: Awaited<ReturnType<typeof userWithEverything>>;
let bob: Awaited<ReturnType<typeof userWithEverything>>;

beforeAll(async () => {
  database = await openTestDatabase();
  files = await mkdtemp(path.join(tmpdir(), "followlens-delete-"));
  alice = await userWithEverything("alice", "ADMIN");
  bob = await userWithEverything("bob");
  // Alice, an admin, took Bob's alert and wrote in its trail; both of them were hit in a platform incident.
  await database.prisma.anomaly.update({ where: { id: bob.anomalyId }, data: { assigneeId: alice.user.id } });
  await database.prisma.anomalyEvent.create({ data: { anomalyId: bob.anomalyId, actorId: alice.user.id, type: "assigned", assigneeId: alice.user.id } });
  await database.prisma.anomaly.create({
    data: {
      kind: "platform-incident", key: "incident", severity: "medium", windowStart: now, windowEnd: now, summary: "x", accountCount: 2, evidence: {},
      accounts: { create: [alice, bob].map((u) => ({ handleKey: String(u.trackedAccountId), handle: `${u.user.email}` })) },
    },
  });
});
afterAll(async () => {
  await database?.close();
  if (files) await rm(files, { recursive: true, force: true });
});

describe("deleteAccount", () => {
  it("with a wrong password deletes nothing and counts a failed sign-in", async () => {
    expect(await deleteAccount(alice.viewer, "not it", { address: "192.0.2.1" })).toBe("wrong-password");
    expect((await rowsOf(alice)).users).toBe(1);
    expect(await database.prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: "signin:account:alice@test.local" } })).toMatchObject({ failures: 3 });
  });

  it("removes every row of the user and their files, and none of another user's", async () => {
    const before = { alice: await rowsOf(alice), bob: await rowsOf(bob) };
    // Every table that can hold a user's data holds some of Alice's, so the test covers it (Bob's alert trail too).
    const empty = Object.entries(before.alice).filter(([key, n]) => n === 0 && !key.startsWith("anomalies.assignee_id"));
    expect(empty).toEqual([]);
    expect(Object.keys(before.alice).length).toBeGreaterThan(18);

    expect(await deleteAccount(alice.viewer, PASSWORD, { address: "192.0.2.1" })).toBe("deleted");

    // The append-only trail of Bob's alert still says it was assigned to Alice's old id, which it shows as "a removed user".
    expect(Object.entries(await rowsOf(alice)).filter(([, n]) => n > 0)).toEqual([["anomaly_events.assignee_id", 1]]);
    expect(existsSync(alice.file)).toBe(false);
    expect(existsSync(alice.file.replace(".upload", "-profiles.upload"))).toBe(false);
    expect(await rowsOf(bob)).toEqual(before.bob);
    // Alice's scores went with their partition; Bob's partition stays.
    const partitions = (ids: number[]) => partitionsOf((sql, values) => database.prisma.$queryRawUnsafe(sql, ...values), ids);
    expect(await partitions([alice.trackedAccountId])).toEqual([]);
    expect(await partitions([bob.trackedAccountId])).toHaveLength(1);
    expect(existsSync(bob.file)).toBe(true);
    expect(existsSync(bob.file.replace(".upload", "-profiles.upload"))).toBe(true);
    // Bob's alert stays, no longer assigned, its trail whole with the deleted admin's entry kept without a name.
    const trail = await database.prisma.anomaly.findUniqueOrThrow({ where: { id: bob.anomalyId }, include: { events: { orderBy: { id: "asc" } } } });
    expect(trail.assigneeId).toBeNull();
    expect(trail.events.map((e) => [e.type, e.actorId])).toEqual([["reported", bob.user.id], ["assigned", null]]);
    // The lockout history stays for the admins, without the user; the incident keeps its count and Bob's entry.
    expect(await database.prisma.securityEvent.count({ where: { userId: null, address: "192.0.2.9" } })).toBe(1);
    const incident = await database.prisma.anomaly.findUniqueOrThrow({ where: { key: "incident" }, include: { accounts: true } });
    expect(incident.accounts.map((a) => a.handleKey)).toEqual([String(bob.trackedAccountId)]);
    // The email is free again and its sign-in no longer works.
    expect(await verifyCredentials("alice@test.local", PASSWORD, { address: "192.0.2.1" })).toBeNull();
  });
});

describe("changePassword and changeEmail", () => {
  it("need the current password; wrong ones count against the sign-in throttle until it locks", async () => {
    const viewer = bob.viewer;
    await database.prisma.rateLimitBucket.deleteMany({});
    for (let i = 0; i < 9; i++) expect(await changePassword(viewer, `wrong ${i}`, "a-new-long-password", { address: "198.51.100.1" })).toBe("wrong-password");
    await expect(changeEmail(viewer, "wrong 10", "bob2@test.local", { address: "198.51.100.2" })).rejects.toThrow(SignInLockedError);
    // Locked: even the right password is refused, here and at sign-in.
    await expect(changePassword(viewer, PASSWORD, "a-new-long-password", { address: "198.51.100.3" })).rejects.toThrow(SignInLockedError);
    await expect(verifyCredentials(viewer.email, PASSWORD, { address: "198.51.100.3" })).rejects.toThrow(SignInLockedError);
    await database.prisma.rateLimitBucket.deleteMany({});

    expect(await changePassword(viewer, PASSWORD, "a-new-long-password", { address: "198.51.100.1" })).toBe("changed");
    expect(await verifyCredentials(viewer.email, PASSWORD, { address: "198.51.100.1" })).toBeNull();
    expect(await verifyCredentials(viewer.email, "a-new-long-password", { address: "198.51.100.1" })).toMatchObject({ id: viewer.userId });
  });

  it("moves the sign-in to a new email, refusing one another account has", async () => {
    const viewer = bob.viewer;
    await database.prisma.user.create({ data: { email: "taken@test.local", passwordHash: "x" } });
    expect(await changeEmail(viewer, "a-new-long-password", "taken@test.local", {})).toBe("taken");
    expect(await changeEmail(viewer, "a-new-long-password", viewer.email, {})).toBe("unchanged");
    expect(await changeEmail(viewer, "a-new-long-password", "bob.new@test.local", {})).toBe("changed");
    expect(await verifyCredentials("bob.new@test.local", "a-new-long-password", {})).toMatchObject({ id: viewer.userId });
    expect(await verifyCredentials(viewer.email, "a-new-long-password", {})).toBeNull();
  });
});
