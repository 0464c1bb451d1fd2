import type { DailyStatRow } from "@/lib/domain/daily-series";
import { db } from "../db";

/**
 * Rollup rows from `from` to `to` (days as YYYY-MM-DD), plus the last row before `from` to carry its totals.
 * One statement on the primary key, days as text: a chart of all time reads a thousand rows per page view, and
 * building a Date per row (then a string from it) cost more than the read.
 */
export async function readDailyRows(trackedAccountId: number, from: string, to: string): Promise<DailyStatRow[]> {
  return db().$queryRaw<DailyStatRow[]>`
    SELECT day, followers, following, "gainedFollowers", "lostFollowers" FROM (
      (SELECT to_char(day, 'YYYY-MM-DD') AS day, followers, following, gained_followers AS "gainedFollowers", lost_followers AS "lostFollowers"
         FROM daily_stats WHERE tracked_account_id = ${trackedAccountId} AND day < ${from}::date ORDER BY day DESC LIMIT 1)
      UNION ALL
      (SELECT to_char(day, 'YYYY-MM-DD'), followers, following, gained_followers, lost_followers
         FROM daily_stats WHERE tracked_account_id = ${trackedAccountId} AND day BETWEEN ${from}::date AND ${to}::date)
    ) rows ORDER BY day`;
}
