import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl } from "@/lib/server/db";
import { pgConnectionFields } from "@/lib/server/db/adapter";
import { defaultDemoOptions, planDemo, type DemoOptions } from "@/lib/domain/demo/generate-demo";
import { parseBotQuery } from "@/lib/domain/bot-query";
import { BOT_SCORE_VERSION } from "@/lib/domain/bots/types";
import { authorizeTrackedAccount, type AccountScope } from "@/lib/server/access/account-scope";
import type { Database } from "@/lib/server/db/open-database";
import { seedDemoHistory } from "@/lib/server/demo/seed-demo-history";
import { enqueueJob } from "@/lib/server/jobs/enqueue-job";
import { getJobForViewer } from "@/lib/server/jobs/get-job";
import { runJobsUntilIdle } from "@/lib/server/worker/run-jobs-until-idle";
import { addToList } from "@/lib/server/lists/add-to-list";
import { parseRelationshipQuery } from "@/lib/domain/relationship-query";
import { findBotScores } from "@/lib/server/queries/find-bot-scores";
import { findRelationships } from "@/lib/server/queries/find-relationships";
import { getAudienceQuality } from "@/lib/server/queries/get-audience-quality";
import { openTestDatabase } from "@/test/test-database";
import { scoreTrackedAccount } from "./score-tracked-account";
import { PRIMARY_KEY, SECONDARY_INDEXES } from "./write-bot-scores";

let database: Database;
let scope: AccountScope;
let options: DemoOptions;
let trackedAccountId: number;
const viewer = { userId: 0, email: "scorer@test.local", role: "CREATOR" as const };

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  viewer.userId = (await p.user.create({ data: { email: viewer.email, passwordHash: "x" } })).id;
  trackedAccountId = (await p.trackedAccount.create({ data: { ownerId: viewer.userId, handle: "scored.one", handleKey: "scored.one" } })).id;
  options = { ...defaultDemoOptions(new Date("2026-05-01T12:00:00Z")), seed: 3, followers: 600, following: 150, days: 20, trackedHandle: "scored.one" };
  await seedDemoHistory(p, trackedAccountId, options);
  scope = await authorizeTrackedAccount(viewer, "scored.one");
}, 300_000);
afterAll(async () => database?.close());

/** Audience quality by its definition, one snapshot at a time (the production query does it in one pass). */
function referenceQuality(tid: number) {
  return database.prisma.$queryRaw<{ id: number; quality: number }[]>`
    SELECT s2.id,
      count(*) FILTER (WHERE b.label = 'likely-real')::float8 / NULLIF(count(*) FILTER (WHERE b.label <> 'unknown'), 0) AS quality
    FROM (SELECT id, taken_at FROM snapshots WHERE tracked_account_id = ${tid} ORDER BY taken_at DESC LIMIT 60) s2
    CROSS JOIN LATERAL (
      SELECT r.handle_key FROM relationships r WHERE r.tracked_account_id = ${tid} AND r.follower_since <= s2.taken_at
      UNION ALL
      SELECT i.handle_key FROM follow_intervals i
      WHERE i.tracked_account_id = ${tid} AND i.direction = 1 AND i.since <= s2.taken_at AND i.until_before > s2.taken_at
    ) f
    JOIN bot_scores b ON b.tracked_account_id = ${tid} AND b.handle_key = f.handle_key
    GROUP BY s2.id`;
}

describe("scoring a tracked account", () => {
  it("scores every connected account once, with version and reasons, and summarizes the followers", async () => {
    const p = database.prisma;
    const { scored } = await scoreTrackedAccount(p, trackedAccountId, () => {}, new Date("2026-05-01T13:00:00Z"));
    const connected = await p.relationship.count({ where: { trackedAccountId, OR: [{ followerSince: { not: null } }, { followingSince: { not: null } }] } });
    expect(scored).toBe(connected);
    expect(await p.botScore.count({ where: { trackedAccountId } })).toBe(connected);
    const quality = await getAudienceQuality(scope);
    const followers = await p.relationship.count({ where: { trackedAccountId, followerSince: { not: null } } });
    expect(quality).not.toBeNull();
    expect(quality!.version).toBe(BOT_SCORE_VERSION);
    expect(Object.values(quality!.counts).reduce((a, b) => a + b, 0)).toBe(followers);
    expect(quality!.histogram).toHaveLength(10);
    const { low, medium, high, noProfile } = quality!.confidence;
    expect(low + medium + high + quality!.counts.unknown).toBe(followers);
    expect(quality!.followers).toBe(followers);
    const followerKeys = (await p.relationship.findMany({ where: { trackedAccountId, followerSince: { not: null } }, select: { handleKey: true } })).map((r) => r.handleKey);
    expect(high).toBe(await p.botScore.count({ where: { trackedAccountId, confidence: "high", handleKey: { in: followerKeys } } }));
    expect(quality!.confidentShare).toBeCloseTo((medium + high) / (low + medium + high), 12);
    expect(noProfile).toBeLessThanOrEqual(low);
    expect(quality!.trend.length).toBeGreaterThanOrEqual(2);
    // The one-pass figures equal the definition: each snapshot's followers read one by one.
    const stored = await p.snapshot.findMany({ where: { trackedAccountId }, orderBy: { takenAt: "desc" }, take: 60, select: { id: true, audienceQuality: true } });
    const expected = new Map((await referenceQuality(trackedAccountId)).map((r) => [r.id, r.quality]));
    expect(stored.length).toBeGreaterThan(10);
    for (const s of stored) expect(s.audienceQuality).toBeCloseTo(expected.get(s.id) ?? NaN, 12);
    const page = await findBotScores(scope, parseBotQuery({}));
    expect(page.rows[0]!.reasons.length).toBeGreaterThan(0);
    expect(page.rows[0]!.score).toBeGreaterThanOrEqual(page.rows.at(-1)!.score ?? 0);
  });

  it("a run that fails halfway leaves the scores and summary in place, untouched; the next run replaces them whole", async () => {
    const p = database.prisma;
    const snapshot = async () => ({
      scores: await p.botScore.findMany({ where: { trackedAccountId }, orderBy: { handleKey: "asc" } }),
      summary: await p.botSummary.findUniqueOrThrow({ where: { trackedAccountId } }),
    });
    const before = await snapshot();
    const failing = scoreTrackedAccount(p, trackedAccountId, (_, done) => {
      if (done > 0) throw new Error("the worker stopped");
    }, new Date("2026-05-02T13:00:00Z"));
    await expect(failing).rejects.toThrow("the worker stopped");
    expect(await snapshot()).toEqual(before);
    // A key with the characters COPY's text format escapes goes in and comes back as it was.
    const odd = "odd\\key\twith\ttabs";
    await p.relationship.create({ data: { trackedAccountId, handleKey: odd, handle: odd, followingSince: new Date("2026-04-01T00:00:00Z") } });
    const later = new Date("2026-05-03T13:00:00Z");
    await scoreTrackedAccount(p, trackedAccountId, () => {}, later);
    const after = await snapshot();
    expect(after.scores).toHaveLength(before.scores.length + 1);
    expect(after.scores.every((s) => s.scoredAt.getTime() === later.getTime())).toBe(true);
    expect(after.summary.scoredAt).toEqual(later);
    expect(after.scores.find((s) => s.handleKey === odd)?.label).not.toBeUndefined();
    await p.relationship.delete({ where: { trackedAccountId_handleKey: { trackedAccountId, handleKey: odd } } });
    await scoreTrackedAccount(p, trackedAccountId, () => {}, new Date("2026-05-01T13:00:00Z"));
  });

  it("keeps each account's scores in one partition of their own: runs swap it, failed runs leave no table behind", async () => {
    const p = database.prisma;
    const tables = async () =>
      (await p.$queryRaw<{ relname: string; partition: boolean }[]>`
        SELECT relname, relispartition AS partition FROM pg_class
        WHERE relkind = 'r' AND relname LIKE ${`bot_scores\\_${trackedAccountId}\\_%`} ORDER BY relname`);
    const [first] = await tables();
    expect(await tables()).toEqual([{ relname: first!.relname, partition: true }]);
    // The run builds the parent's indexes itself (one it missed, the attach would build under the lock): the
    // writer's list is bot_scores' as the migrations made it.
    const parent = await p.$queryRaw<{ columns: string }[]>`
      SELECT substring(pg_get_indexdef(indexrelid) FROM 'USING btree \\((.*)\\)$') AS columns
      FROM pg_index WHERE indrelid = 'bot_scores'::regclass`;
    expect(parent.map((r) => r.columns).sort()).toEqual([PRIMARY_KEY, ...SECONDARY_INDEXES].sort());
    await expect(scoreTrackedAccount(p, trackedAccountId, () => { throw new Error("stopped"); })).rejects.toThrow("stopped");
    expect(await tables()).toEqual([first]);

    // Scores written straight into bot_scores (from before partitioning) sit in the default partition, beside
    // the account's own partition for no account; a run moves its account out of it.
    const other = (await p.trackedAccount.create({ data: { ownerId: viewer.userId, handle: "legacy.scores", handleKey: "legacy.scores" } })).id;
    await p.relationship.create({ data: { trackedAccountId: other, handleKey: "fan1", handle: "fan1", followerSince: new Date("2026-04-01T00:00:00Z") } });
    await p.botScore.create({ data: { trackedAccountId: other, handleKey: "gone", score: 90, label: "likely-bot", reasons: [], version: 1, scoredAt: new Date() } });
    const inDefault = () => p.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM bot_scores_default WHERE tracked_account_id = ${other}`;
    expect(await inDefault()).toEqual([{ n: 1 }]);
    await scoreTrackedAccount(p, other);
    expect(await inDefault()).toEqual([{ n: 0 }]);
    expect((await p.botScore.findMany({ where: { trackedAccountId: other } })).map((s) => s.handleKey)).toEqual(["fan1"]);
    // Another account's run leaves this one's partition alone.
    expect(await tables()).toEqual([first]);
    await scoreTrackedAccount(p, trackedAccountId);
    const [next] = await tables();
    expect(await tables()).toEqual([{ relname: next!.relname, partition: true }]);
    expect(next!.relname).not.toBe(first!.relname);
  });

  it("a long read does not stall the pages: the swap asks for its lock again and again, and gets it once the read ends", async () => {
    const p = database.prisma;
    const open = async () => {
      const client = new pg.Client(pgConnectionFields(databaseUrl()));
      await client.connect();
      return client;
    };
    const [long, reader] = [await open(), await open()];
    try {
      await long.query("BEGIN");
      await long.query("SELECT count(*) FROM bot_scores WHERE tracked_account_id = $1", [trackedAccountId]);
      const at = new Date("2026-05-04T13:00:00Z");
      let swapping = false;
      const run = scoreTrackedAccount(p, trackedAccountId, (phase) => void (phase === "saving" && (swapping = true)), at);
      await expect.poll(() => swapping, { timeout: 60_000 }).toBe(true);
      // While the run waits for the long read, a page's read still gets through (one that queued behind the lock
      // request would wait for the long read, which only ends after it: statement_timeout would stop it).
      await reader.query("SET statement_timeout = 10000");
      for (let i = 0; i < 5; i++) {
        const { rows } = await reader.query("SELECT max(scored_at) AS at FROM bot_scores WHERE tracked_account_id = $1", [trackedAccountId]);
        expect(rows[0].at).not.toEqual(at);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await long.query("COMMIT");
      await run;
      expect((await p.botSummary.findUniqueOrThrow({ where: { trackedAccountId } })).scoredAt).toEqual(at);
    } finally {
      await long.end();
      await reader.end();
    }
  });

  it("ranks the planted bot burst above the organic followers", async () => {
    const bots = new Set(planDemo(options).botHandles.map((h) => h.toLowerCase()));
    const rows = await database.prisma.botScore.findMany({ where: { trackedAccountId, score: { not: null } } });
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const botScores = rows.filter((r) => bots.has(r.handleKey)).map((r) => r.score!);
    const others = rows.filter((r) => !bots.has(r.handleKey)).map((r) => r.score!);
    expect(botScores.length).toBeGreaterThan(0);
    expect(mean(botScores)).toBeGreaterThan(mean(others) + 20);
  });

  it("stores each score's confidence (none for unknown) and the bots view filters and sorts by it", async () => {
    const p = database.prisma;
    expect(await p.botScore.count({ where: { trackedAccountId, label: { not: "unknown" }, confidence: null } })).toBe(0);
    expect(await p.botScore.count({ where: { trackedAccountId, label: "unknown", confidence: { not: null } } })).toBe(0);
    const high = await findBotScores(scope, parseBotQuery({ confidence: "high" }));
    expect(high.total).toBe(await p.botScore.count({ where: { trackedAccountId, confidence: "high" } }));
    expect(high.total).toBeGreaterThan(0);
    expect(high.rows.every((r) => r.confidence === "high")).toBe(true);
    const byConfidence = (await findBotScores(scope, { ...parseBotQuery({ sort: "confidence" }), pageSize: 5000 })).rows.map((r) => r.confidence);
    const rank = (c: string | null) => (c === null ? 3 : ["low", "medium", "high"].indexOf(c));
    expect(byConfidence.map(rank)).toEqual(byConfidence.map(rank).sort((a, b) => a - b));
  });

  it("relationship pages carry each account's label", async () => {
    const worst = (await findBotScores(scope, parseBotQuery({}))).rows[0]!;
    const page = await findRelationships(scope, parseRelationshipQuery({ kind: worst.isFollower ? "followers" : "following", q: worst.handleKey }));
    expect(page.rows.find((r) => r.handleKey === worst.handleKey)?.botLabel).toBe(worst.label);
  });

  it("runs as a recorded job to the end, reporting progress only to the owner", async () => {
    const job = await enqueueJob(database.prisma, "rescore-bots", trackedAccountId);
    expect((await enqueueJob(database.prisma, "rescore-bots", trackedAccountId)).id).toBe(job.id);
    await runJobsUntilIdle(database.prisma);
    const done = await getJobForViewer(viewer, job.id);
    expect(done).toMatchObject({ status: "done", error: null });
    expect(done!.done).toBe(done!.total);
    expect(await getJobForViewer({ ...viewer, userId: viewer.userId + 999 }, job.id)).toBeNull();
  });

  it("a job written but never handed to the queue (its web process died) is sent by the worker; an unknown kind fails with its reason", async () => {
    const interrupted = await database.prisma.job.create({ data: { kind: "rescore-bots", trackedAccountId, status: "queued", done: 10, total: 99 } });
    const unknown = await database.prisma.job.create({ data: { kind: "no-such-work", trackedAccountId } });
    await runJobsUntilIdle(database.prisma);
    expect(await getJobForViewer(viewer, interrupted.id)).toMatchObject({ status: "done" });
    expect(await getJobForViewer(viewer, unknown.id)).toMatchObject({ status: "failed", error: 'No handler for job kind "no-such-work"' });
  });

  it("puts only connected accounts on a list", async () => {
    const follower = await database.prisma.relationship.findFirstOrThrow({ where: { trackedAccountId, followerSince: { not: null }, followingSince: null } });
    expect(await addToList(scope, "unfollow", [follower.handleKey, "nobody.here"])).toBe(0);
    expect(await addToList(scope, "remove", [follower.handleKey, "nobody.here"])).toBe(1);
    const page = await findBotScores(scope, { ...parseBotQuery({}), pageSize: 1000 });
    expect(page.rows.find((r) => r.handleKey === follower.handleKey)?.list).toBe("remove");
  });
});
