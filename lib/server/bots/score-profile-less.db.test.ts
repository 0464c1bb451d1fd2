// A real TikTok export carries handles and follow dates only: every follower must still get a score (low
// confidence), and a delivery of auto-named accounts within minutes must be flagged for its batch and its names.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseBotQuery } from "@/lib/domain/bot-query";
import type { BotReason } from "@/lib/domain/bots/types";
import type { SnapshotEntry } from "@/lib/domain/types";
import { authorizeTrackedAccount, type AccountScope } from "@/lib/server/access/account-scope";
import type { Database } from "@/lib/server/db/open-database";
import { profileGapNote } from "@/lib/domain/bots/audience-confidence";
import { findBotScores } from "@/lib/server/queries/find-bot-scores";
import { getAudienceQuality } from "@/lib/server/queries/get-audience-quality";
import { applySnapshot } from "@/lib/server/snapshots/apply-snapshot";
import { openTestDatabase } from "@/test/test-database";
import { scoreTrackedAccount } from "./score-tracked-account";

const TAKEN = new Date("2026-05-01T12:00:00Z");
const DAY = 86_400_000;
const NAMES = ["anna", "ben", "chloe", "diego", "emma", "finn", "grace", "hugo", "ines", "jack", "kai", "lena"];
/** 240 chosen names and 20 auto-named lurkers, one follow every ~18 hours over 200 days. */
const organic: SnapshotEntry[] = Array.from({ length: 260 }, (_, i) => ({
  handle: i % 13 === 5 ? `user${6100000000 + i * 7919}` : `${NAMES[i % NAMES.length]}.${NAMES[(i * 5) % NAMES.length]}${i}`,
  since: new Date(TAKEN.getTime() - 200 * DAY + i * 0.75 * DAY + (i % 7) * 3_600_000),
}));
/** 25 auto-named accounts delivered within 12 minutes, 40 days ago. */
const deliveryStart = TAKEN.getTime() - 40 * DAY + 5 * 3_600_000;
const delivery: SnapshotEntry[] = Array.from({ length: 25 }, (_, i) => ({ handle: `user${7300000000 + i * 104729}`, since: new Date(deliveryStart + i * 30_000) }));
const following: SnapshotEntry[] = [
  { handle: "lena.bakes", since: new Date(TAKEN.getTime() - 3 * DAY) },
  { handle: "user5550001112", since: new Date(TAKEN.getTime() - 3 * DAY) },
];

let database: Database;
let scope: AccountScope;
let trackedAccountId: number;
const viewer = { userId: 0, email: "handles-only@test.local", role: "CREATOR" as const };

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  viewer.userId = (await p.user.create({ data: { email: viewer.email, passwordHash: "x" } })).id;
  trackedAccountId = (await p.trackedAccount.create({ data: { ownerId: viewer.userId, handle: "handles.only", handleKey: "handles.only" } })).id;
  await applySnapshot(p, trackedAccountId, { takenAt: TAKEN, source: "tiktok-json", followers: [...organic, ...delivery], following });
  scope = await authorizeTrackedAccount(viewer, "handles.only");
  await scoreTrackedAccount(p, trackedAccountId, () => {}, new Date(TAKEN.getTime() + 3_600_000));
}, 300_000);
afterAll(async () => database?.close());

const key = (handle: string) => handle.toLowerCase();
async function scoresOf(handles: string[]) {
  const rows = await database.prisma.botScore.findMany({ where: { trackedAccountId, handleKey: { in: handles.map(key) } } });
  return rows.map((r) => ({ ...r, reasons: r.reasons as BotReason[] }));
}

describe("scoring an account imported with handles and follow dates only", () => {
  it("scores every follower, with low confidence and the missing profile named", async () => {
    const rows = await scoresOf([...organic, ...delivery].map((e) => e.handle));
    expect(rows).toHaveLength(organic.length + delivery.length);
    for (const r of rows) {
      expect(r.label).not.toBe("unknown");
      expect(r.score).not.toBeNull();
      expect(r.confidence).toBe("low");
      expect(r.reasons.find((x) => x.signal === "no-profile")?.detail).toMatch(/^no profile: followers, following, videos, avatar, .* not known; judged on name and follow timing only$/);
    }
    expect(rows.filter((r) => r.label === "likely-bot")).toEqual([]);
  });

  it("flags the delivery for its batch and its auto-assigned names", async () => {
    const rows = await scoresOf(delivery.map((e) => e.handle));
    const batchIds = new Set<string>();
    for (const r of rows) {
      expect(r.label).toBe("suspicious");
      const batch = r.reasons.find((x) => x.signal === "coordinated-batch");
      expect(batch?.detail).toBe("one of 25 look-alike accounts that followed within 12 minutes");
      batchIds.add(String(batch?.value));
      expect(r.reasons.find((x) => x.signal === "default-handle")?.detail).toBe("still the platform's auto-assigned user+digits name");
    }
    expect(batchIds.size).toBe(1);
  });

  it("keeps auto-named lurkers who followed on their own, and chosen names, likely real", async () => {
    const lurkers = organic.filter((e) => e.handle.startsWith("user"));
    expect(lurkers.length).toBeGreaterThan(10);
    for (const r of await scoresOf(lurkers.map((e) => e.handle))) {
      expect(r).toMatchObject({ label: "likely-real", score: 12 });
      expect(r.reasons.some((x) => x.signal === "coordinated-batch")).toBe(false);
    }
    const chosen = await scoresOf(organic.filter((e) => !e.handle.startsWith("user")).map((e) => e.handle));
    expect(chosen.every((r) => r.label === "likely-real")).toBe(true);
  });

  it("an account you follow that does not follow you has no follow date: judged on its name, or unknown with no tell", async () => {
    const [plain, auto] = [(await scoresOf(["lena.bakes"]))[0], (await scoresOf(["user5550001112"]))[0]];
    expect(plain).toMatchObject({ label: "unknown", score: null, confidence: null });
    expect(auto).toMatchObject({ label: "likely-real", score: 12, confidence: "low" });
    expect(auto?.reasons.find((x) => x.signal === "no-profile")?.detail).toMatch(/judged on the name only$/);
  });

  it("audience quality says every follower has only a handle and a follow date, with low confidence of its own", async () => {
    const quality = await getAudienceQuality(scope);
    const followers = organic.length + delivery.length;
    expect(quality).toMatchObject({
      followers,
      confidence: { low: followers, medium: 0, high: 0, noProfile: followers },
      confidentShare: 0,
      level: "low",
      counts: { suspicious: delivery.length, likelyBot: 0, unknown: 0 },
    });
    expect(quality!.realShare).toBeCloseTo(organic.length / followers, 12);
    expect(profileGapNote(quality!.confidence.noProfile, quality!.followers)).toMatch(/^All of your followers have only a handle and a follow date/);
  });

  it("the bots view filters and sorts by confidence", async () => {
    const low = await findBotScores(scope, { ...parseBotQuery({ confidence: "low" }), pageSize: 1000 });
    expect(low.total).toBe(organic.length + delivery.length + 1);
    expect(low.rows.every((r) => r.confidence === "low")).toBe(true);
    expect((await findBotScores(scope, parseBotQuery({ confidence: "high" }))).total).toBe(0);
    const suspicious = await findBotScores(scope, parseBotQuery({ label: "suspicious", confidence: "low" }));
    expect(suspicious.total).toBe(delivery.length);
    // Unknown accounts have no confidence: last in either direction.
    for (const sort of ["confidence", "-confidence"]) {
      const all = await findBotScores(scope, { ...parseBotQuery({ sort }), pageSize: 1000 });
      expect(all.rows.at(-1)?.handleKey).toBe("lena.bakes");
      expect(all.rows[0]?.label).toBe("suspicious"); // worst score first within the same confidence
    }
  });
});
