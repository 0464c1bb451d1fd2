import type { DailyPoint } from "./view-types";

/** How many days one bar or point of a chart stands for. */
export type ChartStep = "day" | "week" | "month";

/** A chart point: the first day of its step (the axis key), the last, and the step's totals. */
export type ChartPoint = DailyPoint & { lastDay: string };

const DAY = 86_400_000;

/**
 * Days up to four months draw one point a day, up to two years one a week, beyond that one a month: a browser
 * draws a few hundred SVG bars at once, not the 2,500 days of a creator who has followers from 2019.
 */
export function chartStep(days: number): ChartStep {
  if (days <= 120) return "day";
  return days <= 731 ? "week" : "month";
}

/** The step's key of a day: itself, its week's Monday (ISO weeks, UTC) or its month. */
function stepKey(day: string, step: ChartStep): string {
  if (step === "day") return day;
  if (step === "month") return day.slice(0, 7);
  const n = Math.floor(Date.parse(day) / DAY);
  // 1 Jan 1970 was a Thursday: (n + 3) mod 7 counts the days since Monday.
  return new Date((n - (((n + 3) % 7) + 7) % 7) * DAY).toISOString().slice(0, 10);
}

/**
 * Folds consecutive days into steps: gains and losses are summed, counts are those of the step's last day (so the
 * line ends where the daily one would), and a step is estimated when its last day is. The period before, where
 * there is one, folds the same way.
 */
export function bucketPoints(points: DailyPoint[], step: ChartStep): ChartPoint[] {
  const out: ChartPoint[] = [];
  let key: string | null = null;
  for (const p of points) {
    const k = stepKey(p.day, step);
    const last = out[out.length - 1];
    if (!last || k !== key) {
      key = k;
      out.push({ ...p, previous: p.previous ? { ...p.previous } : (p.previous ?? null), lastDay: p.day });
      continue;
    }
    last.lastDay = p.day;
    last.followers = p.followers;
    last.following = p.following;
    last.gained += p.gained;
    last.lost += p.lost;
    last.reconstructed = p.reconstructed;
    if (p.previous) {
      last.previous = last.previous
        ? { day: p.previous.day, followers: p.previous.followers, gained: last.previous.gained + p.previous.gained, lost: last.previous.lost + p.previous.lost }
        : { ...p.previous };
    }
  }
  return out;
}

/** "per day", "per week", "per month": the words a chart's title and summary use for its step. */
export function stepWords(step: ChartStep): string {
  return `per ${step}`;
}
