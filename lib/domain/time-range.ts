// The one time filter every list and chart of an account shares, as it travels in the URL:
// `?range=7d|28d|90d|365d|all` or `?from=YYYY-MM-DD&to=YYYY-MM-DD` (UTC days, both ends included).

import { addDays } from "./calendar-days";

export const rangePresets = ["7d", "28d", "90d", "365d", "all"] as const;
export type RangePreset = (typeof rangePresets)[number];

/** A preset, or custom days where a missing end is open. */
export type TimeRange = { preset: RangePreset } | { from: string | null; to: string | null };

/** Inclusive UTC days; null = unbounded on that side. */
export type DayBounds = { from: string | null; to: string | null };
/** A closed span of UTC days, both ends included. */
export type DayWindow = { from: string; to: string };

export const ALL_TIME: TimeRange = { preset: "all" };

const presetDays: Record<Exclude<RangePreset, "all">, number> = { "7d": 7, "28d": 28, "90d": 90, "365d": 365 };
// Links written before the shared filter said range=7|28|90|365; "1y" is what the old tab showed.
const legacy: Record<string, RangePreset> = { "7": "7d", "28": "28d", "90": "90d", "365": "365d", "1y": "365d" };

const DAY = 86_400_000;
export const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A real calendar day written YYYY-MM-DD (what `<input type="date">` submits), else null. */
export function parseDay(raw: string | undefined): string | null {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return null;
  const t = Date.parse(`${raw}T00:00:00Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== raw ? null : raw;
}

/** URL search params to a range. from/to win over range; a reversed pair is swapped; anything unreadable is all time. */
export function parseTimeRange(params: Params): TimeRange {
  let from = parseDay(first(params.from));
  let to = parseDay(first(params.to));
  if (from && to && from > to) [from, to] = [to, from];
  if (from || to) return { from, to };
  const raw = first(params.range) ?? "";
  const preset = rangePresets.find((p) => p === raw) ?? legacy[raw];
  return preset ? { preset } : ALL_TIME;
}

/** The search params that write `range` back into a URL; all time (the default) writes none. */
export function timeRangeParams(range: TimeRange): Record<string, string> {
  if ("preset" in range) return range.preset === "all" ? {} : { range: range.preset };
  return { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) };
}

export function isAllTime(range: TimeRange): boolean {
  return "preset" in range ? range.preset === "all" : range.from === null && range.to === null;
}

export function sameRange(a: TimeRange, b: TimeRange): boolean {
  return JSON.stringify(timeRangeParams(a)) === JSON.stringify(timeRangeParams(b));
}

/** The days a range covers. Presets end on `lastDay`, the day of the latest snapshot, like the charts. */
export function rangeBounds(range: TimeRange, lastDay: string): DayBounds {
  if (!("preset" in range)) return range;
  if (range.preset === "all") return { from: null, to: null };
  return { from: addDays(lastDay, 1 - presetDays[range.preset]), to: lastDay };
}

/** The closed window a chart draws: the range's bounds, cut to the days that have data. */
export function chartWindow(range: TimeRange, firstDataDay: string, lastDay: string): DayWindow | null {
  const bounds = rangeBounds(range, lastDay);
  const from = bounds.from && bounds.from > firstDataDay ? bounds.from : firstDataDay;
  const to = bounds.to && bounds.to < lastDay ? bounds.to : lastDay;
  return from <= to ? { from, to } : null;
}

/** The span of the same length that ends the day before `window` starts; none for all time. */
export function previousWindow(range: TimeRange, window: DayWindow): DayWindow | null {
  if (isAllTime(range)) return null;
  const length = daysBetween(window.from, window.to);
  return { from: addDays(window.from, -length), to: addDays(window.from, -1) };
}

/** Whether a day falls inside the bounds. */
export function inBounds(day: string, bounds: DayBounds): boolean {
  return (bounds.from === null || day >= bounds.from) && (bounds.to === null || day <= bounds.to);
}

/** The smallest preset (ending on `lastDay`) that shows every day from `earliest` to `latest`, else those days exactly. */
export function rangeShowing(earliest: string, latest: string, lastDay: string): TimeRange {
  for (const preset of ["7d", "28d", "90d", "365d"] as const) {
    const bounds = rangeBounds({ preset }, lastDay);
    if (inBounds(earliest, bounds) && inBounds(latest, bounds)) return { preset };
  }
  return { from: earliest, to: latest };
}

const presetLabels: Record<RangePreset, string> = {
  "7d": "Last 7 days",
  "28d": "Last 28 days",
  "90d": "Last 90 days",
  "365d": "Last 365 days",
  all: "All time",
};

/** "Last 7 days", "All time" (a custom range is best said by its dates: see the components' format). */
export function presetLabel(preset: RangePreset): string {
  return presetLabels[preset];
}
