// The demo's handles-only account goes through the real import jobs, and ends up like a real creator's first
// imports: snapshots from two files, follow dates, no follower profile, every follower scored at low confidence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoSnapshots, type DemoOptions } from "@/lib/domain/demo/generate-demo";
import { handleKey } from "@/lib/domain/handles";
import type { Database } from "@/lib/server/db/open-database";
import { closeQueue } from "@/lib/server/jobs/queue";
import { openTestDatabase } from "@/test/test-database";
import { seedDemoFromExports } from "./seed-demo-from-exports";

const END = new Date("2026-11-30T12:00:00Z");
const options: DemoOptions = { seed: 11, endDate: END, days: 40, followers: 300, following: 80, trackedHandle: "demo.exports" };

let database: Database;
let trackedAccountId: number;
/** a follower of the generated history that another account's demo has already given a profile */
let profiledName: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const p = database.prisma;
  const owner = await p.user.create({ data: { email: "exports@test.local", passwordHash: "x" } });
  trackedAccountId = (await p.trackedAccount.create({ data: { ownerId: owner.id, handle: "demo.exports", handleKey: "demo.exports" } })).id;
  profiledName = [...generateDemoSnapshots(options)].at(-1)!.followers![0]!.handle;
  await p.accountProfile.create({ data: { platform: "tiktok", handleKey: handleKey(profiledName)!, handle: profiledName, followerCount: 10 } });
  await seedDemoFromExports(p, owner, "demo.exports", options);
}, 240_000);

afterAll(async () => {
  await closeQueue();
  await database?.close();
});

describe("seedDemoFromExports", () => {
  it("applies two uploaded TikTok exports a month apart as two snapshots", async () => {
    const imports = await database.prisma.import.findMany({ where: { trackedAccountId }, orderBy: { id: "asc" } });
    expect(imports.map((i) => [i.origin, i.format, i.status])).toEqual([
      ["upload", "tiktok-json", "applied"],
      ["upload", "tiktok-json", "applied"],
    ]);
    const snapshots = await database.prisma.snapshot.findMany({ where: { trackedAccountId }, orderBy: { takenAt: "asc" } });
    expect(snapshots).toHaveLength(2);
    expect(snapshots[1]!.takenAt.toISOString()).toBe(END.toISOString());
    expect((snapshots[1]!.takenAt.getTime() - snapshots[0]!.takenAt.getTime()) / 86_400_000).toBe(30);
    expect(snapshots[1]!.followerCount).toBeGreaterThan(200);
  });

  it("knows no follower profile, scores every account, and none at high confidence", async () => {
    const connected = { trackedAccountId, OR: [{ followerSince: { not: null } }, { followingSince: { not: null } }] };
    const handles = (await database.prisma.relationship.findMany({ where: connected, select: { handleKey: true } })).map((r) => r.handleKey);
    expect(await database.prisma.accountProfile.findMany({ where: { handleKey: { in: handles } } })).toEqual([]);
    const byConfidence = await database.prisma.botScore.groupBy({ by: ["confidence"], where: { trackedAccountId }, _count: true });
    const counts = Object.fromEntries(byConfidence.map((g) => [g.confidence ?? "none", g._count]));
    const scored = byConfidence.reduce((n, g) => n + g._count, 0);
    expect(scored).toBe(handles.length);
    // Without profiles only name, timing and follow/unfollow cycles count: never high; medium only with cycles seen.
    expect(counts.high ?? 0).toBe(0);
    expect(counts.low).toBeGreaterThan(scored / 2);
  });
});

it("gives a name that already has a profile a number, so this account borrows no profile", async () => {
  const key = handleKey(profiledName)!;
  expect(await database.prisma.relationship.count({ where: { trackedAccountId, handleKey: key } })).toBe(0);
  expect(await database.prisma.relationship.count({ where: { trackedAccountId, handleKey: { startsWith: key }, followerSince: { not: null } } })).toBe(1);
});
