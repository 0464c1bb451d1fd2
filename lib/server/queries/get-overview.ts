import { netChange, type DailyStatRow } from "@/lib/domain/daily-series";
import type { OverviewCounts } from "@/lib/domain/view-types";
import type { AccountScope } from "../access/account-scope";
import { getAccountTimeline } from "./account-timeline";
import { readDailyRows } from "./read-daily-rows";

const DAY = 86_400_000;

export async function getOverview(scope: AccountScope): Promise<OverviewCounts | null> {
  const tid = scope.trackedAccountId;
  const { latest, firstSnapshotAt, firstDataDay } = await getAccountTimeline(tid);
  if (!latest) return null;
  const lastDay = latest.takenAt.toISOString().slice(0, 10);
  const rows: DailyStatRow[] = await readDailyRows(tid, new Date(Date.parse(lastDay) - 56 * DAY).toISOString().slice(0, 10), lastDay);
  return {
    followers: latest.followerCount,
    following: latest.followingCount,
    mutuals: latest.mutualCount,
    fans: latest.followerCount - latest.mutualCount,
    notFollowingBack: latest.followingCount - latest.mutualCount,
    net7: netChange(rows, lastDay, 7, firstDataDay),
    net28: netChange(rows, lastDay, 28, firstDataDay),
    lastSnapshotAt: latest.takenAt.toISOString(),
    firstSnapshotAt: firstSnapshotAt?.toISOString() ?? null,
  };
}
