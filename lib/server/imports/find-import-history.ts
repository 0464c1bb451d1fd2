import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { IMPORT_JOB_KINDS, toImportView, type ImportView } from "./import-view";

export type SnapshotHistoryRow = {
  id: number;
  takenAt: string;
  source: string;
  fileName: string | null;
  followerCount: number;
  followingCount: number;
  gainedFollowers: number;
  lostFollowers: number;
  gainedFollowing: number;
  lostFollowing: number;
  hasFollowers: boolean;
  hasFollowing: boolean;
};

/** The account's snapshots, newest first, with the file each came from, and the imports not (or not yet) applied. */
export async function findImportHistory(scope: AccountScope): Promise<{ snapshots: SnapshotHistoryRow[]; pending: ImportView[] }> {
  const tid = scope.trackedAccountId;
  const [snapshots, imports, jobs] = await Promise.all([
    db().snapshot.findMany({ where: { trackedAccountId: tid }, orderBy: { takenAt: "desc" }, take: 500 }),
    db().import.findMany({ where: { trackedAccountId: tid }, orderBy: { createdAt: "desc" }, take: 200 }),
    db().job.findMany({
      where: { trackedAccountId: tid, kind: { in: IMPORT_JOB_KINDS }, status: { in: ["queued", "running"] } },
      select: { id: true, payload: true },
    }),
  ]);
  const fileOf = new Map(imports.filter((i) => i.snapshotId !== null && i.status === "applied").map((i) => [i.snapshotId!, i.fileName]));
  const jobOf = new Map(jobs.map((j) => [(j.payload as { importId?: number } | null)?.importId, j.id]));
  return {
    snapshots: snapshots.map((s) => ({
      id: s.id,
      takenAt: s.takenAt.toISOString(),
      source: s.source,
      fileName: fileOf.get(s.id) ?? null,
      followerCount: s.followerCount,
      followingCount: s.followingCount,
      gainedFollowers: s.gainedFollowers,
      lostFollowers: s.lostFollowers,
      gainedFollowing: s.gainedFollowing,
      lostFollowing: s.lostFollowing,
      hasFollowers: s.hasFollowers,
      hasFollowing: s.hasFollowing,
    })),
    pending: imports.filter((i) => i.status !== "applied").map((i) => toImportView(i, jobOf.get(i.id) ?? null)),
  };
}
