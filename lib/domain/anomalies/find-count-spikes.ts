import { formatCount } from "./format-window";
import { robustBaseline, spikeStrength, type Baseline } from "./robust-baseline";
import type { Evidence, SnapshotPoint } from "./types";

const DAY = 86_400_000;
/**
 * A snapshot's changes count as at least one day's: snapshots a few hours apart would otherwise turn a handful of
 * follows into a huge daily rate. The history they are judged against is measured the same way.
 */
const MIN_DAYS = 1;
/** The baseline is the previous snapshots' rates: up to four weeks of daily snapshots... */
const HISTORY = 28;
/** ...and at least five of them, fewer say nothing about what is usual. */
const MIN_HISTORY = 5;
/** The evidence chart shows the rates from four weeks before the spike to one week after. */
const SERIES_BEFORE_DAYS = 28;
const SERIES_AFTER_DAYS = 7;

export type Measure = "lostFollowers" | "gainedFollowers";

/** A snapshot's change per day since the previous snapshot with the followers list. */
export type RatePoint = { snapshot: SnapshotPoint; previous: SnapshotPoint; count: number; days: number; rate: number };

export type CountSpike = { point: RatePoint; baseline: Baseline; strength: number };

/**
 * Per-day rates of one measure, one per snapshot with the followers list (the first has none: it has nothing to be
 * compared with). A weekly snapshot's changes are spread over its seven days.
 */
export function perDayRates(snapshots: SnapshotPoint[], measure: Measure): RatePoint[] {
  const points: RatePoint[] = [];
  let previous: SnapshotPoint | null = null;
  for (const s of snapshots) {
    if (!s.hasFollowers) continue;
    if (previous) {
      const days = Math.max(MIN_DAYS, (s.takenAt.getTime() - previous.takenAt.getTime()) / DAY);
      points.push({ snapshot: s, previous, count: s[measure], days, rate: s[measure] / days });
    }
    previous = s;
  }
  return points;
}

/** The snapshots whose rate crosses the line of the previous snapshots' median and MAD. */
export function findCountSpikes(points: RatePoint[]): CountSpike[] {
  const spikes: CountSpike[] = [];
  points.forEach((point, i) => {
    if (i < MIN_HISTORY) return;
    const baseline = robustBaseline(points.slice(Math.max(0, i - HISTORY), i).map((p) => p.rate));
    const strength = spikeStrength(point.rate, baseline);
    if (strength > 0) spikes.push({ point, baseline, strength });
  });
  return spikes;
}

/** The evidence chart of a spike: every snapshot's rate around it, the usual level and the line it crossed. */
export function spikeSeries(points: RatePoint[], spike: CountSpike, label: string): Evidence["series"] {
  const at = spike.point.snapshot.takenAt.getTime();
  return {
    label,
    unit: "per day",
    points: points
      .filter((p) => p.snapshot.takenAt.getTime() >= at - SERIES_BEFORE_DAYS * DAY && p.snapshot.takenAt.getTime() <= at + SERIES_AFTER_DAYS * DAY)
      .map((p) => ({ at: p.snapshot.takenAt.toISOString(), value: round(p.rate), inWindow: p.snapshot.id === spike.point.snapshot.id })),
    baseline: round(spike.baseline.median),
    threshold: round(spike.baseline.threshold),
  };
}

/** Severity by how far past the line: just over it is low, twice as far medium, four times high. */
export function spikeSeverity(strength: number): "low" | "medium" | "high" {
  return strength >= 4 ? "high" : strength >= 2 ? "medium" : "low";
}

/** "35×", or "—" when the usual is zero (no multiple of nothing). */
export function timesUsual(rate: number, usual: number): string {
  return usual > 0 ? `${round(rate / usual)}×` : "—";
}

/** "5 a day", or "none" when the account usually sees none. */
export function usualPerDay(usual: number): string {
  return usual > 0 ? `${formatCount(round(usual))} a day` : "none";
}

export function round(n: number): number {
  return Math.round(n * 10) / 10;
}
