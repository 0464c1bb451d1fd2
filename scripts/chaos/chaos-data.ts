import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createApiToken } from "../../lib/server/api-tokens/create-api-token";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import { writeTikTokExportZip } from "../bench/tiktok-export";

export const CHAOS_HANDLE = "chaos.creator";

export type ChaosExport = { file: string; sha256: string };

/** `count` TikTok export zips of about `followers` followers each, one a day apart (their own times), seeded. */
export async function writeChaosExports(dir: string, count: number, followers: number, seed: number): Promise<ChaosExport[]> {
  const out: ChaosExport[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `export-${String(i + 1).padStart(2, "0")}.zip`);
    // Overlapping lists (the same seed, a growing size) so that each snapshot keeps most followers and gains some.
    await writeTikTokExportZip(file, { followers: followers + i * Math.round(followers / 50), following: Math.round(followers / 10), seed, handle: CHAOS_HANDLE, mtime: new Date(Date.UTC(2026, 9, 1 + i, 12)) });
    out.push({ file, sha256: createHash("sha256").update(readFileSync(file)).digest("hex") });
  }
  return out;
}

/** A creator with the tracked handle and an API token, in a fresh database. */
export async function seedChaos(prisma: PrismaClient): Promise<{ token: string }> {
  const user = await prisma.user.create({ data: { email: "chaos@followlens.local", passwordHash: "x" } });
  await prisma.trackedAccount.create({ data: { ownerId: user.id, handle: CHAOS_HANDLE, handleKey: CHAOS_HANDLE } });
  return { token: (await createApiToken({ userId: user.id, email: user.email, role: "CREATOR" }, "chaos")).token };
}

/** What a run leaves behind, compared between the clean run and the chaos run. */
export async function readOutcome(prisma: PrismaClient) {
  const account = await prisma.trackedAccount.findFirstOrThrow({ where: { handleKey: CHAOS_HANDLE } });
  const tid = account.id;
  const snapshots = await prisma.snapshot.findMany({ where: { trackedAccountId: tid }, orderBy: { takenAt: "asc" } });
  const imports = await prisma.import.findMany({ where: { trackedAccountId: tid }, orderBy: { id: "asc" } });
  return {
    snapshots: snapshots.map((s) => ({ hash: s.contentHash, takenAt: s.takenAt.toISOString(), followers: s.followerCount, following: s.followingCount, gained: s.gainedFollowers, lost: s.lostFollowers })),
    imports: imports.map((i) => ({ id: i.id, hash: i.fileHash, status: i.status, storagePath: i.storagePath, error: i.error })),
    relationships: await prisma.relationship.count({ where: { trackedAccountId: tid } }),
    intervals: await prisma.followInterval.count({ where: { trackedAccountId: tid } }),
    dailyRows: await prisma.dailyStat.count({ where: { trackedAccountId: tid } }),
  };
}
export type Outcome = Awaited<ReturnType<typeof readOutcome>>;
