import type { Churner, FlaggedImport, LostFollowing, SnapshotPoint } from "@/lib/domain/anomalies/types";
import type { PartialReason } from "@/lib/domain/imports/preview";
import type { Db } from "./db-client";

/** Every applied snapshot, oldest first, marked where the creator applied an import flagged as partial. */
export async function readSnapshotPoints(db: Db, trackedAccountId: number): Promise<SnapshotPoint[]> {
  const [snapshots, flagged] = await Promise.all([
    db.snapshot.findMany({ where: { trackedAccountId }, orderBy: { takenAt: "asc" } }),
    readFlaggedImports(db, trackedAccountId),
  ]);
  const partial = new Set(flagged.map((f) => f.snapshotId));
  return snapshots.map((s) => ({
    id: s.id,
    takenAt: s.takenAt,
    hasFollowers: s.hasFollowers,
    hasFollowing: s.hasFollowing,
    followerCount: s.followerCount,
    followingCount: s.followingCount,
    gainedFollowers: s.gainedFollowers,
    lostFollowers: s.lostFollowers,
    gainedFollowing: s.gainedFollowing,
    lostFollowing: s.lostFollowing,
    flaggedPartial: partial.has(s.id),
  }));
}

/** Imports whose preview found them probably incomplete and that were held for review or applied anyway. */
export async function readFlaggedImports(db: Db, trackedAccountId: number): Promise<FlaggedImport[]> {
  const imports = await db.import.findMany({
    where: { trackedAccountId, status: { in: ["held", "applied"] } },
    select: { id: true, snapshotId: true, status: true, takenAt: true, createdAt: true, preview: true },
    orderBy: { id: "asc" },
  });
  return imports.flatMap((i) => {
    const partial = (i.preview as { partial?: PartialReason | null } | null)?.partial;
    if (!partial) return [];
    return [{ importId: i.id, snapshotId: i.snapshotId, status: i.status, takenAt: i.takenAt ?? i.createdAt, ...partial }];
  });
}

/**
 * Every ended follow of the tracked account's of a handle on its keep list, with when it went on the list. The keep
 * list is read first and passed as an array: joined in SQL, the list's C-collated keys could not use the history's
 * index, and the planner (with fresh, unanalysed list rows) re-scanned the account's history once per entry.
 */
export async function readKeepListLosses(db: Db, trackedAccountId: number): Promise<LostFollowing[]> {
  const keep = await db.accountListEntry.findMany({ where: { trackedAccountId, list: "keep" }, select: { handleKey: true, addedAt: true } });
  if (keep.length === 0) return [];
  const keptSince = new Map(keep.map((k) => [k.handleKey, k.addedAt]));
  const rows = await db.$queryRaw<{ handle_key: string; handle: string; until_after: Date; until_before: Date }[]>`
    SELECT f.handle_key, COALESCE(r.handle, f.handle_key) AS handle, f.until_after, f.until_before
    FROM follow_intervals f
    LEFT JOIN relationships r ON r.tracked_account_id = f.tracked_account_id AND r.handle_key = f.handle_key
    WHERE f.tracked_account_id = ${trackedAccountId} AND f.direction = 2 AND f.handle_key = ANY(${[...keptSince.keys()]}::text[])
    ORDER BY f.until_before, f.handle_key`;
  return rows.map((r) => ({ handleKey: r.handle_key, handle: r.handle, lostAfter: r.until_after, lostBefore: r.until_before, keptSince: keptSince.get(r.handle_key) ?? null }));
}

/** Followers whose follow of the account ended at least twice: when each ended, and when they came back. */
export async function readChurners(db: Db, trackedAccountId: number): Promise<Churner[]> {
  const rows = await db.$queryRaw<{ handle_key: string; handle: string; sinces: Date[]; losses: Date[]; open_since: Date | null }[]>`
    SELECT f.handle_key, COALESCE(MAX(r.handle), f.handle_key) AS handle,
           array_agg(f.since ORDER BY f.since) AS sinces, array_agg(f.until_before ORDER BY f.since) AS losses,
           MAX(r.follower_since) AS open_since
    FROM follow_intervals f
    LEFT JOIN relationships r ON r.tracked_account_id = f.tracked_account_id AND r.handle_key = f.handle_key
    WHERE f.tracked_account_id = ${trackedAccountId} AND f.direction = 1
    GROUP BY f.handle_key
    HAVING count(*) >= 2`;
  return rows.map((r) => {
    const sinces = r.open_since ? [...r.sinces, r.open_since] : r.sinces;
    return { handleKey: r.handle_key, handle: r.handle, losses: r.losses, rejoins: sinces.slice(1) };
  });
}

/** Share of likely bots and suspicious accounts among the followers the last scoring run could judge. */
export async function readBotShare(db: Db, trackedAccountId: number): Promise<number | null> {
  const s = await db.botSummary.findUnique({ where: { trackedAccountId } });
  if (!s) return null;
  const judged = s.likelyBot + s.suspicious + s.likelyReal;
  return judged > 0 ? (s.likelyBot + s.suspicious) / judged : null;
}
