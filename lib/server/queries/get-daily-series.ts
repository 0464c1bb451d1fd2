import { fillDailySeries, withPreviousPeriod } from "@/lib/domain/daily-series";
import { chartWindow, dayOf, previousWindow, type TimeRange } from "@/lib/domain/time-range";
import type { DailySeries } from "@/lib/domain/view-types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { getAccountTimeline } from "./account-timeline";
import { readDailyRows } from "./read-daily-rows";

const none: DailySeries = { points: [], window: null, previousWindow: null, lastDay: null, lastChangeBefore: null };

/** The follower history for a time range, one point per day with the period before it, read from the daily rollup only. */
export async function getDailySeries(scope: AccountScope, range: TimeRange): Promise<DailySeries> {
  const tid = scope.trackedAccountId;
  const { latest, firstSnapshotAt, firstDataDay } = await getAccountTimeline(tid);
  if (!firstSnapshotAt || !latest || !firstDataDay) return none;
  const lastDay = dayOf(latest.takenAt);
  const window = chartWindow(range, firstDataDay, lastDay);
  if (!window) return { ...none, lastDay };
  const previous = previousWindow(range, window);
  const firstSnapshotDay = dayOf(firstSnapshotAt);
  const [rows, previousRows] = await Promise.all([
    readDailyRows(tid, window.from, window.to),
    previous ? readDailyRows(tid, previous.from, previous.to) : [],
  ]);
  const current = fillDailySeries(rows, window.from, window.to, firstSnapshotDay);
  const points = previous ? withPreviousPeriod(current, fillDailySeries(previousRows, previous.from, previous.to, firstSnapshotDay), firstDataDay) : current;
  const quiet = points.every((p) => p.gained === 0 && p.lost === 0);
  return { points, window, previousWindow: previous, lastDay, lastChangeBefore: quiet ? await findLastChangeBefore(tid, window.from) : null };
}

/** Read backwards on the primary key (tracked account, day) from `day`. */
async function findLastChangeBefore(trackedAccountId: number, day: string): Promise<string | null> {
  const row = await db().dailyStat.findFirst({
    where: { trackedAccountId, day: { lt: new Date(day) }, OR: [{ gainedFollowers: { gt: 0 } }, { lostFollowers: { gt: 0 } }] },
    orderBy: { day: "desc" },
    select: { day: true },
  });
  return row ? dayOf(row.day) : null;
}
