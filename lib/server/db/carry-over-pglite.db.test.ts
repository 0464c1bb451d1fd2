import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, PrismaClient } from "@/lib/server/generated/prisma/client";
import { carryOverPglite, type CarryOverProgress } from "./carry-over-pglite";
import { createThrowawayDatabase, testServerUrl } from "@/test/test-database";
import { applyMigrations, migrateDatabase, openSchemaEngine, readMigrationList } from "./migrate";

// A PGlite folder in a temp dir, and throw-away databases on the server of the project: the embedded PostgreSQL 18
// its global set-up started (the real target of a carry-over), or the machine's PostgreSQL.

const tmp = mkdtempSync(path.join(os.tmpdir(), "followlens-carry-over-"));
const dropAfterwards: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const drop of dropAfterwards) await drop();
  rmSync(tmp, { recursive: true, force: true });
});

/** A fresh, migrated database on the local server, dropped after the file. */
async function createTarget(): Promise<string> {
  const target = await createThrowawayDatabase(testServerUrl());
  dropAfterwards.push(target.drop);
  await migrateDatabase(target.url);
  return target.url;
}

async function withTarget<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET TimeZone = 'UTC'");
    return await work(client);
  } finally {
    await client.end();
  }
}

type Rows = Record<string, unknown>[];
// Tables as the application sees them: a partitioned table with its partitions' rows, not each partition again.
const TABLES_SQL = `SELECT c.relname AS tablename FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> '_prisma_migrations' ORDER BY 1`;

/** Every row of every table as PostgreSQL's own record text (every column, exactly), sorted. */
async function dumpAll(query: (sql: string) => Promise<Rows>): Promise<Record<string, string[]>> {
  await query("SET TimeZone = 'UTC'");
  const dump: Record<string, string[]> = {};
  for (const { tablename } of await query(TABLES_SQL)) {
    const rows = await query(`SELECT t::text AS r FROM "${String(tablename)}" t`);
    dump[String(tablename)] = rows.map((r) => String(r.r)).sort();
  }
  return dump;
}

const pgliteQuery = (db: PGlite) => async (sql: string) => (await db.query<Record<string, unknown>>(sql)).rows;
const targetQuery = (client: pg.Client) => async (sql: string) => (await client.query(sql)).rows as Rows;

const T0 = new Date("2026-03-01T10:00:00.123Z");
const day = (n: number) => new Date(T0.getTime() + n * 86_400_000);
const blob = randomBytes(300_000);
const smallBlob = Uint8Array.from([0, 1, 0x5c, 0x78, 255, 0, 39, 34]);

/** One of each thing a user of the previous version has, written the way the app writes it (Prisma). */
async function seed(prisma: PrismaClient) {
  const admin = await prisma.user.create({ data: { email: "admin@test.local", name: "Zoë \"Admin\" 🚀", passwordHash: "h1", role: "ADMIN" } });
  const creator = await prisma.user.create({ data: { email: "creator@test.local", passwordHash: "h2" } });
  // A deleted user: the sequence stood above max(id) in PGlite, and the carried-over one must not hand out id 3 again.
  await prisma.user.delete({ where: { id: (await prisma.user.create({ data: { email: "gone@test.local", passwordHash: "h3" } })).id } });
  const account = await prisma.trackedAccount.create({ data: { ownerId: creator.id, handle: "Creator", handleKey: "creator" } });
  const tid = account.id;
  const s1 = await prisma.snapshot.create({
    data: { trackedAccountId: tid, takenAt: day(0), source: "upload", contentHash: "h-1", hasFollowers: true, hasFollowing: true, followerCount: 2, followingCount: 1, audienceQuality: 0.1 + 0.2 },
  });
  const s2 = await prisma.snapshot.create({
    data: { trackedAccountId: tid, takenAt: day(3), source: "api", contentHash: "h-2", hasFollowers: true, hasFollowing: false, followerCount: 1, followingCount: 0, lostFollowers: 1 },
  });
  await prisma.snapshotContent.createMany({ data: [{ snapshotId: s1.id, trackedAccountId: tid, data: blob }, { snapshotId: s2.id, trackedAccountId: tid, data: smallBlob }] });
  await prisma.relationship.createMany({
    data: [
      { trackedAccountId: tid, handleKey: "ann", handle: "Ann", followerSince: day(-10), followingSince: day(-5) },
      { trackedAccountId: tid, handleKey: "bob", handle: "Bob", followerLostAfter: day(0), followerLostBefore: day(3) },
      { trackedAccountId: tid, handleKey: "Cy'\\x", handle: "Cy'\\x", followerSince: day(1) },
    ],
  });
  await prisma.followInterval.create({ data: { trackedAccountId: tid, handleKey: "bob", direction: 1, since: day(-20), untilAfter: day(0), untilBefore: day(3) } });
  await prisma.dailyStat.createMany({ data: [{ trackedAccountId: tid, day: new Date("2026-03-01"), followers: 2, following: 1, gainedFollowers: 2 }, { trackedAccountId: tid, day: new Date("2026-03-04"), followers: 1, lostFollowers: 1 }] });
  await prisma.accountProfile.create({ data: { platform: "tiktok", handleKey: "ann", handle: "Ann", followerCount: 12, hasAvatar: true, accountCreatedAt: day(-900) } });
  await prisma.botScore.create({ data: { trackedAccountId: tid, handleKey: "ann", score: 12, label: "likely-real", reasons: [{ code: "avatar", weight: -0.5 }], version: 3, scoredAt: day(2) } });
  await prisma.botSummary.create({ data: { trackedAccountId: tid, version: 3, scoredAt: day(2), likelyReal: 1, suspicious: 0, likelyBot: 0, unknown: 1, histogram: [1, 0, 0, 0, 0, 0, 0, 0, 0, 1] } });
  await prisma.accountListEntry.create({ data: { trackedAccountId: tid, handleKey: "ann", list: "keep" } });
  const imp = await prisma.import.create({
    data: { trackedAccountId: tid, origin: "upload", fileName: "export.zip", fileSize: 9_007_199_254_740_993n, fileHash: "f".repeat(64), status: "applied", preview: { followers: { gained: 2 } }, warnings: [], snapshotId: s1.id },
  });
  const job = await prisma.job.create({ data: { kind: "import", trackedAccountId: tid, status: "done", done: 3, total: 3, payload: { importId: imp.id }, finishedAt: day(0) } });
  await prisma.job.create({ data: { kind: "rescore", status: "failed", error: "boom", payload: Prisma.JsonNull } });
  await prisma.jobEvent.create({ data: { jobId: job.id, event: "done", workerId: "host:1:1" } });
  await prisma.apiToken.create({ data: { userId: creator.id, name: "cli", prefix: "fl_abc", tokenHash: "t".repeat(64) } });
  await prisma.followEvent.create({ data: { trackedAccountId: tid, handleKey: "bob", handle: "Bob", direction: 1, action: "unfollow", origin: "system", occurredAt: day(1), idempotencyKey: "k1", source: "api" } });
  const anomaly = await prisma.anomaly.create({
    data: { trackedAccountId: tid, kind: "mass-unfollow", key: "mass-unfollow:1", severity: "high", windowStart: day(0), windowEnd: day(3), summary: "1 lost", accountCount: 1, evidence: { series: [2, 1], note: null }, snapshotIds: [s1.id, s2.id], assigneeId: admin.id },
  });
  await prisma.anomalyAccount.create({ data: { anomalyId: anomaly.id, handleKey: "bob", handle: "Bob" } });
  await prisma.anomalyEvent.create({ data: { anomalyId: anomaly.id, type: "detected", toStatus: "open" } });
  await prisma.anomalyEvent.create({ data: { anomalyId: anomaly.id, actorId: admin.id, type: "status", fromStatus: "open", toStatus: "acknowledged", note: "looking" } });
  const hook = await prisma.webhook.create({ data: { userId: creator.id, url: "https://example.test/hook", secret: "s" } });
  await prisma.webhookDelivery.create({ data: { webhookId: hook.id, anomalyId: anomaly.id, status: "delivered", attempts: 1, responseStatus: 200 } });
  await prisma.rateLimitBucket.create({ data: { key: "signin:creator@test.local", tokens: 4.75, updatedAt: day(0), failures: 1 } });
  await prisma.securityEvent.create({ data: { kind: "lockout", userId: 3, address: "127.0.0.1", detail: { attempts: 5 } } });
}

async function readSample(prisma: PrismaClient) {
  return {
    users: await prisma.user.findMany({ orderBy: { id: "asc" } }),
    snapshots: await prisma.snapshot.findMany({ orderBy: { id: "asc" } }),
    relationships: await prisma.relationship.findMany({ orderBy: { handleKey: "asc" } }),
    imports: await prisma.import.findMany(),
    anomalies: await prisma.anomaly.findMany(),
    anomalyEvents: await prisma.anomalyEvent.findMany({ orderBy: { id: "asc" } }),
    dailyStats: await prisma.dailyStat.findMany({ orderBy: { day: "asc" } }),
  };
}

describe("carryOverPglite", () => {
  const dir = path.join(tmp, "pglite");
  let before: Record<string, string[]>;
  let sample: Awaited<ReturnType<typeof readSample>>;
  let targetUrl: string;

  beforeAll(async () => {
    const db = new PGlite(dir);
    await applyMigrations(new PrismaPGlite(db));
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
    await seed(prisma);
    sample = await readSample(prisma);
    await prisma.$disconnect();
    before = await dumpAll(pgliteQuery(db));
    await db.close();
    targetUrl = await createTarget();
  });

  it("copies every row of every table exactly, bytes included, and resets the sequences", async () => {
    const progress: CarryOverProgress[] = [];
    const result = await carryOverPglite({ pgliteDir: dir, databaseUrl: targetUrl, onProgress: (p) => progress.push(p) });

    const totalBefore = Object.values(before).reduce((n, rows) => n + rows.length, 0);
    expect(result).toMatchObject({ tables: Object.keys(before).length, rows: totalBefore });
    for (const table of ["users", "tracked_accounts", "snapshots", "relationships", "follow_intervals", "daily_stats", "snapshot_contents", "anomalies", "anomaly_events", "jobs"]) {
      expect(before[table]?.length, table).toBeGreaterThan(0);
    }
    expect(progress.at(-1)).toMatchObject({ copiedRows: totalBefore, totalRows: totalBefore, tableIndex: result.tables, tables: result.tables });
    expect(progress.find((p) => p.table === "snapshot_contents" && p.rows === 2)).toBeTruthy();

    // Row counts and every column of every row, as PostgreSQL prints them.
    const after = await withTarget(targetUrl, (client) => dumpAll(targetQuery(client)));
    expect(Object.fromEntries(Object.entries(after).map(([t, r]) => [t, r.length]))).toEqual(Object.fromEntries(Object.entries(before).map(([t, r]) => [t, r.length])));
    expect(after).toEqual(before);

    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: targetUrl, max: 1 }) });
    try {
      // Field by field through Prisma, as the app reads them.
      expect(await readSample(prisma)).toEqual(sample);
      const contents = await prisma.snapshotContent.findMany({ orderBy: { snapshotId: "asc" } });
      expect(contents).toHaveLength(2);
      expect(Buffer.from(contents[0]!.data).equals(blob)).toBe(true);
      expect(Buffer.from(contents[1]!.data).equals(smallBlob)).toBe(true);
      expect((await prisma.import.findFirstOrThrow()).fileSize).toBe(9_007_199_254_740_993n);

      // A JSON null stays a JSON null, a SQL NULL stays NULL.
      const payloads = await withTarget(targetUrl, async (c) => (await c.query("SELECT kind, payload IS NULL AS db_null, payload = 'null'::jsonb AS json_null FROM jobs ORDER BY id")).rows);
      expect(payloads).toEqual([{ kind: "import", db_null: false, json_null: false }, { kind: "rescore", db_null: false, json_null: true }]);

      // The sequences continue after the copied ids, and after the deleted user's id 3.
      const copiedMax = Math.max(...sample.users.map((u) => u.id));
      const fresh = await prisma.user.create({ data: { email: "new@test.local", passwordHash: "x" } });
      expect(fresh.id).toBeGreaterThan(copiedMax);
      expect(fresh.id).toBe(4);
      const event = await prisma.anomalyEvent.create({ data: { anomalyId: sample.anomalies[0]!.id, type: "note", note: "after" } });
      expect(event.id).toBeGreaterThan(Math.max(...sample.anomalyEvents.map((e) => e.id)));

      // The audit trail's append-only trigger still guards the copied rows (replica mode was local to the copy).
      await expect(prisma.$executeRaw`UPDATE anomaly_events SET note = 'x'`).rejects.toThrow(/append only/);
    } finally {
      await prisma.$disconnect();
    }

    // The PGlite folder is left as it was.
    const db = new PGlite(dir);
    expect(await dumpAll(pgliteQuery(db))).toEqual(before);
    await db.close();
  });

  it("refuses a target that already has users, and copies nothing", async () => {
    const count = () => withTarget(targetUrl, async (c) => (await c.query("SELECT count(*)::int AS n FROM relationships")).rows[0].n);
    const relationships = await count();
    await expect(carryOverPglite({ pgliteDir: dir, databaseUrl: targetUrl })).rejects.toThrow(
      /^The target database already has 3 user\(s\): carry-over only fills a fresh database and never overwrites data \(nothing was copied\)$/,
    );
    expect(await count()).toBe(relationships);
  });

  it("refuses a folder that holds no PGlite database, without creating one", async () => {
    const missing = path.join(tmp, "missing");
    await expect(carryOverPglite({ pgliteDir: missing, databaseUrl: targetUrl })).rejects.toThrow(`No PGlite data folder at ${missing}`);
  });
});

describe("carryOverPglite from an older version's folder", () => {
  it("applies the folder's pending migrations first, then copies", async () => {
    const dir = path.join(tmp, "pglite-old");
    const db = new PGlite(dir);
    const engine = await openSchemaEngine(new PrismaPGlite(db));
    const list = readMigrationList();
    const all = list.migrationDirectories.length;
    list.migrationDirectories = list.migrationDirectories.slice(0, 1);
    await engine.applyMigrations({ migrationsList: list, filters: { externalTables: [], externalEnums: [] } });
    engine.free();
    await db.exec(`INSERT INTO users (email, password_hash) VALUES ('old@test.local', 'h');
      INSERT INTO tracked_accounts (owner_id, handle, handle_key) VALUES (1, 'Old', 'old');
      INSERT INTO relationships (tracked_account_id, handle_key, handle, follower_since) SELECT 1, 'h' || g, 'H' || g, now() FROM generate_series(1, 2500) g`);
    await db.close();

    const targetUrl = await createTarget();
    const result = await carryOverPglite({ pgliteDir: dir, databaseUrl: targetUrl });
    expect(result.rows).toBe(2502);
    const counts = await withTarget(targetUrl, async (c) => (await c.query("SELECT (SELECT count(*) FROM users)::int AS u, (SELECT count(*) FROM relationships)::int AS r")).rows[0]);
    expect(counts).toEqual({ u: 1, r: 2500 });

    const reopened = new PGlite(dir);
    const applied = await reopened.query<{ n: number }>("SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL");
    expect(applied.rows[0]?.n).toBe(all);
    await reopened.close();
  });
});

// CARRY_OVER_BENCH_ROWS=300000 npx vitest run lib/server/db/carry-over-pglite.db.test.ts
const benchRows = Number(process.env.CARRY_OVER_BENCH_ROWS || 0);
describe.runIf(benchRows > 0)("carryOverPglite at scale", () => {
  it(`carries over ${benchRows} relationships`, { timeout: 600_000 }, async () => {
    const dir = path.join(tmp, "pglite-big");
    const db = new PGlite(dir);
    await applyMigrations(new PrismaPGlite(db));
    await db.exec(`INSERT INTO users (email, password_hash) VALUES ('big@test.local', 'h');
      INSERT INTO tracked_accounts (owner_id, handle, handle_key) VALUES (1, 'Big', 'big')`);
    let t = performance.now();
    await db.query(
      `INSERT INTO relationships (tracked_account_id, handle_key, handle, follower_since, following_since)
       SELECT 1, 'user_' || g, 'User_' || g, timestamptz '2026-01-01' + g * interval '1 second',
              CASE WHEN g % 3 = 0 THEN timestamptz '2026-02-01' + g * interval '1 second' END
         FROM generate_series(1, $1::int) g`,
      [benchRows],
    );
    console.log(`PGlite: ${benchRows} relationships inserted in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await db.close();

    const targetUrl = await createTarget();
    t = performance.now();
    const result = await carryOverPglite({ pgliteDir: dir, databaseUrl: targetUrl });
    const wall = (performance.now() - t) / 1000;
    const server = await withTarget(targetUrl, async (c) => (await c.query("SHOW server_version")).rows[0]?.server_version);
    console.log(`carry-over into PostgreSQL ${server}: ${result.rows} rows of ${result.tables} tables in ${result.seconds.toFixed(2)} s (${Math.round(result.rows / result.seconds)} rows/s; wall ${wall.toFixed(2)} s)`);
    expect(result.rows).toBe(benchRows + 2);
  });
});
