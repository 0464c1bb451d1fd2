import { Readable } from "node:stream";
import { generateDemoSnapshots, type DemoOptions } from "@/lib/domain/demo/generate-demo";
import { demoTikTokExportJson } from "@/lib/domain/demo/tiktok-export-json";
import { handleKey } from "@/lib/domain/handles";
import type { SnapshotEntry } from "@/lib/domain/types";
import { operatorScope } from "../access/account-scope";
import type { PrismaClient } from "../generated/prisma/client";
import { createImport } from "../imports/create-import";
import { runJobsUntilIdle } from "../worker/run-jobs-until-idle";

type Log = (line: string) => void;

/** Days between the demo creator's two downloads of their TikTok data. */
const DAYS_BETWEEN_EXPORTS = 30;

/**
 * A demo account as a real creator gets it: two TikTok data exports a month apart, uploaded and applied through the
 * same import jobs as the dashboard's (parse, preview, apply, bot scoring, anomaly detection). The files carry
 * handles and follow dates only, so this account shows what Followlens can tell without any follower profile.
 */
export async function seedDemoFromExports(prisma: PrismaClient, owner: { id: number; email: string }, handle: string, options: DemoOptions, log: Log = () => {}) {
  const snapshots = [...generateDemoSnapshots(options)];
  const picks = [snapshots[Math.max(0, snapshots.length - 1 - DAYS_BETWEEN_EXPORTS)]!, snapshots[snapshots.length - 1]!];
  const rename = await renameProfiled(prisma, picks.flatMap((s) => [...(s.followers ?? []), ...(s.following ?? [])]));
  const renamed = (list: SnapshotEntry[] | null) => list && list.map((e) => ({ ...e, handle: rename.get(e.handle) ?? e.handle }));
  const scope = await operatorScope(handle, owner.email);
  for (const picked of picks) {
    const snapshot = { ...picked, followers: renamed(picked.followers), following: renamed(picked.following) };
    const json = Buffer.from(demoTikTokExportJson(handle, snapshot));
    await createImport(scope, {
      origin: "upload",
      fileName: "user_data_tiktok.json",
      body: Readable.from([json]),
      createdById: owner.id,
      autoApply: true,
      takenAt: snapshot.takenAt,
    });
    await runJobsUntilIdle(prisma);
    log(`  TikTok export of ${snapshot.takenAt.toISOString().slice(0, 10)} imported (${snapshot.followers?.length ?? 0} followers, ${snapshot.following?.length ?? 0} following, no profiles)`);
  }
}

/**
 * The generated names of the two demo accounts overlap (one name pool), and profiles are per handle: a name the other
 * demo account gave a profile would lend this one profiles it must not have. Such names get a number added.
 */
async function renameProfiled(prisma: PrismaClient, entries: SnapshotEntry[]): Promise<Map<string, string>> {
  const handles = [...new Set(entries.map((e) => e.handle))];
  const keys = handles.map((h) => handleKey(h) ?? h);
  const profiled = new Set((await prisma.accountProfile.findMany({ where: { handleKey: { in: keys } }, select: { handleKey: true } })).map((p) => p.handleKey));
  const used = new Set(keys);
  const rename = new Map<string, string>();
  handles.forEach((h, i) => {
    if (!profiled.has(keys[i]!)) return;
    let n = 2;
    while (used.has(handleKey(`${h}${n}`) ?? "")) n++;
    used.add(handleKey(`${h}${n}`) ?? "");
    rename.set(h, `${h}${n}`);
  });
  return rename;
}
