import type { TrackedAccountSummary } from "@/lib/domain/view-types";
import type { Viewer } from "../auth/viewer";
import { db } from "../db";

export async function listTrackedAccounts(viewer: Viewer): Promise<TrackedAccountSummary[]> {
  const rows = await db().trackedAccount.findMany({
    where: { ownerId: viewer.userId },
    orderBy: { handleKey: "asc" },
    select: { handle: true, platform: true, snapshots: { orderBy: { takenAt: "desc" }, take: 1, select: { takenAt: true } } },
  });
  return rows.map((r) => ({ handle: r.handle, platform: r.platform, lastSnapshotAt: r.snapshots[0]?.takenAt.toISOString() ?? null }));
}
