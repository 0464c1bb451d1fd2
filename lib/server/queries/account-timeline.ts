import { cache } from "react";
import { dayOf } from "@/lib/domain/time-range";
import { db } from "../db";

export type AccountTimeline = {
  /** the last snapshot's time and list sizes (the unfiltered lists' totals), null before the first import */
  latest: { takenAt: Date; followerCount: number; followingCount: number; mutualCount: number } | null;
  firstSnapshotAt: Date | null;
  /** the first day of the daily rollup (follow dates reach back before the first snapshot) */
  firstDataDay: string | null;
};

/**
 * Where an account's history starts and ends. Read once per request (React's cache): the overview's cards, charts
 * and latest lists, and the relationship pages, all ask.
 */
export const getAccountTimeline = cache(async (trackedAccountId: number): Promise<AccountTimeline> => {
  const [latest, first, earliestDay] = await Promise.all([
    db().snapshot.findFirst({
      where: { trackedAccountId },
      orderBy: { takenAt: "desc" },
      select: { takenAt: true, followerCount: true, followingCount: true, mutualCount: true },
    }),
    db().snapshot.findFirst({ where: { trackedAccountId }, orderBy: { takenAt: "asc" }, select: { takenAt: true } }),
    db().dailyStat.findFirst({ where: { trackedAccountId }, orderBy: { day: "asc" }, select: { day: true } }),
  ]);
  return { latest, firstSnapshotAt: first?.takenAt ?? null, firstDataDay: earliestDay ? dayOf(earliestDay.day) : null };
});
