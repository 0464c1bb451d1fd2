import { addDays } from "./calendar-days";
import type { DailyPoint } from "./view-types";

export type DailyStatRow = {
  day: string;
  followers: number;
  following: number;
  gainedFollowers: number;
  lostFollowers: number;
};

/**
 * One point per day from `from` to `to`: days without a rollup row carry the running totals of the day before.
 * `rows` must be sorted by day and may start before `from` (the totals are read from the latest row before it).
 */
export function fillDailySeries(rows: DailyStatRow[], from: string, to: string, firstSnapshotDay: string | null): DailyPoint[] {
  const points: DailyPoint[] = [];
  let i = 0;
  let followers = 0;
  let following = 0;
  while (i < rows.length && rows[i]!.day < from) {
    followers = rows[i]!.followers;
    following = rows[i]!.following;
    i++;
  }
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const row = rows[i]?.day === day ? rows[i++] : undefined;
    if (row) ({ followers, following } = row);
    points.push({
      day,
      followers,
      following,
      gained: row?.gainedFollowers ?? 0,
      lost: row?.lostFollowers ?? 0,
      reconstructed: firstSnapshotDay === null || day < firstSnapshotDay,
    });
  }
  return points;
}

/** Net follower change over the `days` ending on `lastDay`, and over the same span before it (null if unknown). */
export function netChange(rows: DailyStatRow[], lastDay: string, days: number, firstDataDay: string | null) {
  const start = addDays(lastDay, 1 - days);
  const prevStart = addDays(start, -days);
  let value = 0;
  let previous = 0;
  for (const r of rows) {
    const net = r.gainedFollowers - r.lostFollowers;
    if (r.day >= start && r.day <= lastDay) value += net;
    else if (r.day >= prevStart && r.day < start) previous += net;
  }
  return { value, previous: firstDataDay !== null && firstDataDay <= prevStart ? previous : null };
}

/**
 * Lays the period before the chart's over it, day by day (the nth day of one beside the nth of the other). Days of
 * the previous period before `firstDataDay` have no history: they get no overlay rather than a count of zero.
 */
export function withPreviousPeriod(points: DailyPoint[], previous: DailyPoint[], firstDataDay: string): DailyPoint[] {
  return points.map((p, i) => {
    const before = previous[i];
    if (!before || before.day < firstDataDay) return { ...p, previous: null };
    return { ...p, previous: { day: before.day, followers: before.followers, gained: before.gained, lost: before.lost } };
  });
}
