import type { DailyStatRow } from "@/lib/domain/daily-series";
import { db } from "../db";

/** Rollup rows from `from` to `to` (days as YYYY-MM-DD), plus the last row before `from` to carry its totals. */
export async function readDailyRows(trackedAccountId: number, from: string, to: string): Promise<DailyStatRow[]> {
  const select = { day: true, followers: true, following: true, gainedFollowers: true, lostFollowers: true } as const;
  const [before, rows] = await Promise.all([
    db().dailyStat.findFirst({ where: { trackedAccountId, day: { lt: new Date(from) } }, orderBy: { day: "desc" }, select }),
    db().dailyStat.findMany({ where: { trackedAccountId, day: { gte: new Date(from), lte: new Date(to) } }, orderBy: { day: "asc" }, select }),
  ]);
  return [...(before ? [before] : []), ...rows].map((r) => ({ ...r, day: r.day.toISOString().slice(0, 10) }));
}
