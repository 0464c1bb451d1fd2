import { anomalyStatuses, type AnomalyStatus } from "@/lib/domain/anomalies/types";
import type { Prisma } from "../generated/prisma/client";
import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import type { QueueRow } from "./admin-anomaly-view";
import { fillDailyKinds, type DailyKindCounts } from "./fill-daily-kinds";
import { requireAdmin } from "./require-admin";
import { queueRowSelect, toQueueRow } from "./to-queue-row";

export const PLATFORM_DAYS = 60;
const MOST_AFFECTED = 10;
const DAY_MS = 86_400_000;

export type AffectedAccount = { handle: string; ownerEmail: string; unresolved: number; high: number };

export type PlatformOverview = {
  perDay: DailyKindCounts[];
  incidents: QueueRow[];
  mostAffected: AffectedAccount[];
  totals: Record<AnomalyStatus, number>;
  withdrawn: number;
};

/** Still needing someone: open or acknowledged, and not withdrawn by a later detection. */
const unresolved: Prisma.AnomalyWhereInput = { status: { in: ["open", "acknowledged"] }, withdrawnAt: null };

/** The platform at a glance: anomalies per day by kind, open platform incidents, the accounts hit most, totals. */
export async function getPlatformOverview(viewer: Viewer, now = new Date()): Promise<PlatformOverview> {
  await requireAdmin(viewer);
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - (PLATFORM_DAYS - 1) * DAY_MS);

  const [daily, incidents, affected, byStatus, withdrawn] = await Promise.all([
    // Bucketed by the day the anomaly's window ended (when it happened, not when it was detected).
    db().$queryRaw<{ day: string; kind: string; n: number }[]>`
      SELECT to_char(window_end AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, kind, count(*)::int AS n
      FROM anomalies
      WHERE window_end >= ${since} AND withdrawn_at IS NULL
      GROUP BY 1, 2`,
    db().anomaly.findMany({
      where: { kind: "platform-incident", trackedAccountId: null, ...unresolved },
      orderBy: [{ windowEnd: "desc" }, { id: "desc" }],
      take: 20,
      select: queueRowSelect,
    }),
    db().anomaly.groupBy({
      by: ["trackedAccountId"],
      where: { trackedAccountId: { not: null }, ...unresolved },
      _count: { _all: true },
      orderBy: [{ _count: { trackedAccountId: "desc" } }, { trackedAccountId: "asc" }],
      take: MOST_AFFECTED,
    }),
    db().anomaly.groupBy({ by: ["status"], where: { withdrawnAt: null }, _count: { _all: true } }),
    db().anomaly.count({ where: { withdrawnAt: { not: null } } }),
  ]);

  const ids = affected.map((a) => a.trackedAccountId).filter((id): id is number => id !== null);
  const [accounts, highs] = await Promise.all([
    db().trackedAccount.findMany({ where: { id: { in: ids } }, select: { id: true, handle: true, owner: { select: { email: true } } } }),
    db().anomaly.groupBy({ by: ["trackedAccountId"], where: { trackedAccountId: { in: ids }, severity: "high", ...unresolved }, _count: { _all: true } }),
  ]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const highById = new Map(highs.map((h) => [h.trackedAccountId, h._count._all]));

  const totals = Object.fromEntries(anomalyStatuses.map((s) => [s, 0])) as Record<AnomalyStatus, number>;
  for (const row of byStatus) if (row.status in totals) totals[row.status as AnomalyStatus] = row._count._all;

  return {
    perDay: fillDailyKinds(daily, now, PLATFORM_DAYS),
    incidents: incidents.map(toQueueRow),
    mostAffected: affected.flatMap((a) => {
      const account = a.trackedAccountId === null ? undefined : accountById.get(a.trackedAccountId);
      if (!account) return [];
      return [{ handle: account.handle, ownerEmail: account.owner.email, unresolved: a._count._all, high: highById.get(a.trackedAccountId) ?? 0 }];
    }),
    totals,
    withdrawn,
  };
}
