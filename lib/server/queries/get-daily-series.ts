import { fillDailySeries, rangeStart } from "@/lib/domain/daily-series";
import type { ChartRange, DailyPoint } from "@/lib/domain/view-types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { readDailyRows } from "./read-daily-rows";

/** The follower history for a chart range, one point per day, read from the daily rollup only. */
export async function getDailySeries(scope: AccountScope, range: ChartRange): Promise<DailyPoint[]> {
  const tid = scope.trackedAccountId;
  const [first, latest, earliestDay] = await Promise.all([
    db().snapshot.findFirst({ where: { trackedAccountId: tid }, orderBy: { takenAt: "asc" }, select: { takenAt: true } }),
    db().snapshot.findFirst({ where: { trackedAccountId: tid }, orderBy: { takenAt: "desc" }, select: { takenAt: true } }),
    db().dailyStat.findFirst({ where: { trackedAccountId: tid }, orderBy: { day: "asc" }, select: { day: true } }),
  ]);
  if (!first || !latest || !earliestDay) return [];
  const lastDay = latest.takenAt.toISOString().slice(0, 10);
  const from = rangeStart(range, lastDay, earliestDay.day.toISOString().slice(0, 10));
  const rows = await readDailyRows(tid, from, lastDay);
  return fillDailySeries(rows, from, lastDay, first.takenAt.toISOString().slice(0, 10));
}
