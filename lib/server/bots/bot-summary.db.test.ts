// The bots page's summary is stored by the scoring run; it must say exactly what counting the table's rows says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botConfidences, botLabels, parseBotQuery } from "@/lib/domain/bot-query";
import { countSelected } from "@/lib/domain/bot-summary";
import type { BotReason } from "@/lib/domain/bots/types";
import type { SnapshotEntry } from "@/lib/domain/types";
import { authorizeTrackedAccount, type AccountScope } from "@/lib/server/access/account-scope";
import type { Database } from "@/lib/server/db/open-database";
import { findBotScores } from "@/lib/server/queries/find-bot-scores";
import { getBotSummary } from "@/lib/server/queries/get-bot-summary";
import { applySnapshot } from "@/lib/server/snapshots/apply-snapshot";
import { openTestDatabase } from "@/test/test-database";
import { scoreTrackedAccount } from "./score-tracked-account";

const TAKEN = new Date("2026-05-01T12:00:00Z");
const DAY = 86_400_000;
const NAMES = ["anna", "ben", "chloe", "diego", "emma", "finn", "grace", "hugo", "ines", "jack"];
const organic: SnapshotEntry[] = Array.from({ length: 150 }, (_, i) => ({
  handle: i % 11 === 3 ? `user${6100000000 + i * 7919}` : `${NAMES[i % 10]}.${NAMES[(i * 3) % 10]}${i}`,
  since: new Date(TAKEN.getTime() - 160 * DAY + i * DAY + (i % 5) * 3_600_000),
}));
const delivery: SnapshotEntry[] = Array.from({ length: 22 }, (_, i) => ({ handle: `user${7300000000 + i * 104729}`, since: new Date(TAKEN.getTime() - 30 * DAY + i * 20_000) }));
/** Accounts followed that do not follow back: on the bots page, not among the followers. */
const followedOnly: SnapshotEntry[] = Array.from({ length: 30 }, (_, i) => ({ handle: i % 3 ? `creator.${NAMES[i % 10]}${i}` : `x${i}q9z${i}k7`, since: new Date(TAKEN.getTime() - (i + 2) * DAY) }));

let database: Database;
let scope: AccountScope;
let trackedAccountId: number;
const viewer = { userId: 0, email: "summary@test.local", role: "CREATOR" as const };

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  viewer.userId = (await p.user.create({ data: { email: viewer.email, passwordHash: "x" } })).id;
  const tracked = await p.trackedAccount.create({ data: { ownerId: viewer.userId, handle: "summed.up", handleKey: "summed.up" } });
  trackedAccountId = tracked.id;
  await applySnapshot(p, trackedAccountId, { takenAt: TAKEN, source: "tiktok-json", followers: [...organic, ...delivery], following: followedOnly });
  // Some profiles, so that confidences and profile signals vary: empty farm-like ones and lived-in ones.
  await p.accountProfile.createMany({
    data: [...organic.slice(0, 60), ...followedOnly.slice(0, 10)].map((e, i) => ({
      platform: tracked.platform,
      handleKey: e.handle.toLowerCase(),
      handle: e.handle,
      followerCount: i % 4 === 0 ? 2 : 800 + i,
      followingCount: i % 4 === 0 ? 6000 : 300,
      videoCount: i % 4 === 0 ? 0 : 40,
      hasAvatar: i % 4 !== 0,
      isPrivate: false,
      bioLength: i % 4 === 0 ? 0 : 30,
      accountCreatedAt: new Date(TAKEN.getTime() - (i % 4 === 0 ? 10 : 900) * DAY),
      lastPostAt: i % 4 === 0 ? null : new Date(TAKEN.getTime() - 5 * DAY),
    })),
  });
  scope = await authorizeTrackedAccount(viewer, "summed.up");
  await scoreTrackedAccount(p, trackedAccountId, () => {}, new Date(TAKEN.getTime() + 3_600_000));
}, 300_000);
afterAll(async () => database?.close());

async function allScores() {
  const rows = await database.prisma.botScore.findMany({ where: { trackedAccountId } });
  return rows.map((r) => ({ ...r, reasons: r.reasons as BotReason[] }));
}

describe("the summary a scoring run stores for the bots page", () => {
  it("counts every scored account (followers and accounts followed) by label and confidence, as the rows do", async () => {
    const rows = await allScores();
    const summary = await getBotSummary(scope);
    expect(summary).not.toBeNull();
    expect(summary!.current).toBe(true);
    expect(summary!.tally.total).toBe(rows.length);
    expect(rows.length).toBe(organic.length + delivery.length + followedOnly.length);
    for (const label of botLabels) expect(summary!.tally.labels[label]).toBe(rows.filter((r) => r.label === label).length);
    for (const c of botConfidences) expect(summary!.tally.confidence[c]).toBe(rows.filter((r) => r.confidence === c).length);
    // The data set is varied enough for the check to mean something.
    expect(summary!.tally.flagged).toBeGreaterThan(10);
    expect(summary!.tally.labels["likely-real"]).toBeGreaterThan(10);
    expect(summary!.tally.confidence.low).toBeGreaterThan(0);
    expect(summary!.tally.confidence.medium + summary!.tally.confidence.high).toBeGreaterThan(0);
  });

  it("counts, per signal that added points, the flagged accounts and all accounts it fired for", async () => {
    const rows = await allScores();
    const expected = new Map<string, { flagged: number; accounts: number; min: number; max: number }>();
    for (const r of rows) {
      for (const reason of r.reasons.filter((x) => x.weight > 0)) {
        const e = expected.get(reason.signal) ?? { flagged: 0, accounts: 0, min: Infinity, max: -Infinity };
        e.accounts += 1;
        if (r.label === "likely-bot" || r.label === "suspicious") e.flagged += 1;
        e.min = Math.min(e.min, reason.weight);
        e.max = Math.max(e.max, reason.weight);
        expected.set(reason.signal, e);
      }
    }
    const { reasons } = (await getBotSummary(scope))!;
    expect(reasons.map((r) => r.signal).sort()).toEqual([...expected.keys()].sort());
    for (const r of reasons) {
      const e = expected.get(r.signal)!;
      expect({ flagged: r.flagged, accounts: r.accounts, min: r.minPoints, max: r.maxPoints }).toEqual(e);
      expect(rows.some((row) => row.reasons.some((x) => x.signal === r.signal && x.detail === r.example))).toBe(true);
    }
    expect(reasons.find((r) => r.signal === "coordinated-batch")?.flagged).toBeGreaterThanOrEqual(delivery.length);
  });

  it("gives the table its totals: from the stored counts while they are of the scores in place, counted otherwise", async () => {
    const p = database.prisma;
    const summary = (await getBotSummary(scope))!;
    const live = (q: ReturnType<typeof parseBotQuery>) => p.botScore.count({ where: { trackedAccountId, ...(q.label === "all" ? {} : { label: q.label }), ...(q.confidence === "all" ? {} : { confidence: q.confidence }) } });
    for (const label of ["all", ...botLabels]) {
      for (const confidence of ["all", ...botConfidences]) {
        const q = parseBotQuery({ label, confidence });
        expect((await findBotScores(scope, q, summary)).total, `${label} ${confidence}`).toBe(await live(q));
        expect(countSelected(summary.cells, q)).toBe(await live(q));
      }
    }
    const ranged = parseBotQuery({ label: "likely-real", min: "5", max: "20" });
    expect((await findBotScores(scope, ranged, summary)).total).toBe(await p.botScore.count({ where: { trackedAccountId, label: "likely-real", score: { gte: 5, lte: 20 } } }));

    // Scores swapped in by a run whose summary is not written yet: the stored counts no longer speak for the table.
    const victim = (await p.botScore.findFirst({ where: { trackedAccountId, label: "likely-real" } }))!;
    await p.botScore.delete({ where: { trackedAccountId_handleKey: { trackedAccountId, handleKey: victim.handleKey } } });
    await p.botScore.updateMany({ where: { trackedAccountId }, data: { scoredAt: new Date(TAKEN.getTime() + 7_200_000) } });
    const stale = (await getBotSummary(scope))!;
    expect(stale.current).toBe(false);
    const real = parseBotQuery({ label: "likely-real" });
    expect((await findBotScores(scope, real, stale)).total).toBe(summary.tally.labels["likely-real"] - 1);
    // The next run's summary is current again.
    await scoreTrackedAccount(p, trackedAccountId, () => {}, new Date(TAKEN.getTime() + 3 * 3_600_000));
    expect((await getBotSummary(scope))!.current).toBe(true);
  });

  it("pages through the table worst first, each account once, in the order the rows give", async () => {
    const rows = await allScores();
    for (const label of ["all", "likely-real"] as const) {
      const expected = rows
        .filter((r) => label === "all" || r.label === label)
        .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || (a.handleKey < b.handleKey ? -1 : 1))
        .map((r) => r.handleKey);
      const seen: string[] = [];
      for (let page = 1; page <= Math.ceil(expected.length / 50); page++) {
        seen.push(...(await findBotScores(scope, parseBotQuery({ label, page: String(page) }))).rows.map((r) => r.handleKey));
      }
      expect(seen).toEqual(expected);
    }
  });
});
