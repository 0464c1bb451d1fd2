import { findCountSpikes, perDayRates, round, spikeSeries, usualPerDay, spikeSeverity, timesUsual } from "./find-count-spikes";
import { atHandle, countOf, formatCount, formatWindow } from "./format-window";
import type { DetectedAnomaly, SnapshotPoint } from "./types";

/**
 * Snapshots whose follower losses per day stand far above the account's own usual (median and MAD of the previous
 * snapshots' rates). The accounts lost are read by the data layer (`accounts` stays empty; accountCount is the loss).
 */
export function detectMassUnfollowSpikes(trackedAccountId: number, handle: string, snapshots: SnapshotPoint[]): DetectedAnomaly[] {
  const points = perDayRates(snapshots, "lostFollowers");
  return findCountSpikes(points).map((spike) => {
    const { snapshot, previous, count, days, rate } = spike.point;
    const usual = spike.baseline.median;
    const facts = [
      { label: "Followers lost", value: formatCount(count) },
      { label: "Since the previous snapshot", value: countOf(round(days), "day") },
      { label: "Lost per day", value: formatCount(round(rate)) },
      { label: "Usual per day", value: formatCount(round(usual)) },
      { label: "Times the usual", value: timesUsual(rate, usual) },
    ];
    if (snapshot.flaggedPartial) facts.push({ label: "Snapshot", value: "flagged as probably incomplete, applied anyway" });
    // A long gap's total is not a day's: say the rate the baseline compares.
    const perDay = days > 1.5 ? `, about ${formatCount(round(rate))} a day,` : ",";
    return {
      kind: "mass-unfollow-spike",
      key: `mass-unfollow-spike:${trackedAccountId}:${snapshot.takenAt.toISOString()}`,
      severity: spikeSeverity(spike.strength),
      windowStart: previous.takenAt,
      windowEnd: snapshot.takenAt,
      summary: `${atHandle(handle)} lost ${countOf(count, "follower")} ${formatWindow(previous.takenAt, snapshot.takenAt)}${perDay} where ${usualPerDay(usual)} is usual`
        + (snapshot.flaggedPartial ? " (the snapshot looked incomplete: some of these may not be real unfollows)" : ""),
      accounts: [],
      accountCount: count,
      evidence: { facts, series: spikeSeries(points, spike, "Followers lost") },
      snapshotIds: [previous.id, snapshot.id],
    } satisfies DetectedAnomaly;
  });
}
