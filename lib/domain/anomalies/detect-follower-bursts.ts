import { findCountSpikes, perDayRates, round, spikeSeries, usualPerDay, timesUsual } from "./find-count-spikes";
import { atHandle, countOf, formatCount, formatShare, formatWindow } from "./format-window";
import type { ArrivalLabels, DetectedAnomaly, SnapshotPoint } from "./types";

/** A burst's arrivals look bought when at least this share of those scored are likely bots or suspicious... */
const BOT_SHARE = 0.3;
/** ...and that is at least twice the account's usual share (an account whose audience is half bots anyway...). */
const OVER_USUAL = 2;
/** Or when this share of all arrivals were created together (one coordinated batch of accounts). */
const TOGETHER_SHARE = 0.3;
/** Below this many scored arrivals a share is too noisy to call (the rest wait for the next scoring run). */
const MIN_SCORED = 10;
/** From this share on (bot-like or created together) the burst is high severity. */
const HIGH_SHARE = 0.6;

/**
 * Follower gains per day far above the account's usual whose arrivals look bot-like. A viral day is a burst of
 * real-looking accounts and raises nothing. `accounts` stays empty (the data layer lists the arrivals).
 */
export function detectFollowerBursts(
  trackedAccountId: number, handle: string, snapshots: SnapshotPoint[], arrivalLabels: ArrivalLabels[], botShare: number | null,
): DetectedAnomaly[] {
  const labels = new Map(arrivalLabels.map((l) => [l.snapshotId, l]));
  const points = perDayRates(snapshots, "gainedFollowers");
  return findCountSpikes(points).flatMap((spike) => {
    const l = labels.get(spike.point.snapshot.id);
    if (!l) return [];
    const scored = l.likelyBot + l.suspicious + l.likelyReal;
    const arrivals = scored + l.unknown;
    const botty = scored >= MIN_SCORED ? (l.likelyBot + l.suspicious) / scored : null;
    const together = arrivals > 0 ? l.createdTogether / arrivals : 0;
    const byBots = botty !== null && botty >= BOT_SHARE && (botShare === null || botty >= OVER_USUAL * botShare);
    const byBatch = together >= TOGETHER_SHARE;
    if (!byBots && !byBatch) return [];

    const { snapshot, previous, count, days, rate } = spike.point;
    const usual = spike.baseline.median;
    const facts = [
      { label: "Followers gained", value: formatCount(count) },
      { label: "Gained per day", value: formatCount(round(rate)) },
      { label: "Usual per day", value: formatCount(round(usual)) },
      { label: "Times the usual", value: timesUsual(rate, usual) },
      { label: "Bot-like among those scored", value: botty === null ? "too few scored" : `${formatShare(botty)} of ${formatCount(scored)}` },
      { label: "Bot-like among all followers", value: botShare === null ? "unknown" : formatShare(botShare) },
      { label: "Created together", value: formatCount(l.createdTogether) },
    ];
    // A long gap's total is not a day's: say the rate the baseline compares.
    const perDay = days > 1.5 ? `, about ${formatCount(round(rate))} a day,` : ",";
    const why = byBots ? `${formatShare(botty!)} of the new followers scored look like bots` : `${formatShare(together)} of the new followers were created together`;
    return [{
      kind: "follower-burst",
      key: `follower-burst:${trackedAccountId}:${snapshot.takenAt.toISOString()}`,
      severity: (botty ?? 0) >= HIGH_SHARE || together >= HIGH_SHARE ? "high" : "medium",
      windowStart: previous.takenAt,
      windowEnd: snapshot.takenAt,
      summary: `${atHandle(handle)} gained ${countOf(count, "follower")} ${formatWindow(previous.takenAt, snapshot.takenAt)}${perDay} where ${usualPerDay(usual)} is usual, and ${why}`,
      accounts: [],
      accountCount: count,
      evidence: { facts, series: spikeSeries(points, spike, "Followers gained") },
      snapshotIds: [previous.id, snapshot.id],
    } satisfies DetectedAnomaly];
  });
}
