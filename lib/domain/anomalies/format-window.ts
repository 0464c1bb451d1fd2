import { format } from "date-fns";

// Phrases for the anomaly summaries. Every date is read in UTC (the detectors and the daily rollups bucket by UTC
// day), so a summary reads the same on any server. date-fns formats in local time: it is handed a local date with
// the UTC calendar day, which is exact at day level whatever the machine's time zone.
const utcDay = (d: Date) => new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

// An anomaly can list a thousand accounts with a date each, and a history holds thousands of anomalies: the phrases
// of a day and the number formats are made once.
const dayNames = new Map<number, string>();
const wholeNumbers = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** "3 May" (UTC). */
export function formatDay(d: Date): string {
  const day = Math.floor(d.getTime() / 86_400_000);
  let name = dayNames.get(day);
  if (name === undefined) {
    name = format(utcDay(d), "d MMM");
    if (dayNames.size > 10_000) dayNames.clear();
    dayNames.set(day, name);
  }
  return name;
}

/** "2026-05-03": the UTC day, as keys and evidence points use it. */
export function dayKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * A window in words: "on 3 May", "between 3 and 4 May", "between 30 Apr and 2 May", and with the years when it
 * spans a new year ("between 30 Dec 2025 and 2 Jan 2026").
 */
export function formatWindow(start: Date, end: Date): string {
  const a = utcDay(start);
  const b = utcDay(end);
  if (a.getTime() === b.getTime()) return `on ${format(a, "d MMM")}`;
  if (a.getFullYear() !== b.getFullYear()) return `between ${format(a, "d MMM yyyy")} and ${format(b, "d MMM yyyy")}`;
  if (a.getMonth() !== b.getMonth()) return `between ${format(a, "d MMM")} and ${format(b, "d MMM")}`;
  return `between ${format(a, "d")} and ${format(b, "d MMM")}`;
}

/** 1240 → "1,240"; fractions keep one decimal below 10 ("2.5") and none above. */
export function formatCount(n: number): string {
  return (Math.abs(n) < 10 ? oneDecimal : wholeNumbers).format(n);
}

/** "1 account", "14 accounts", "1,240 followers"; `many` for irregular plurals. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** 0.724 → "72%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "@maria" (handles are stored without the @). */
export function atHandle(handle: string): string {
  return `@${handle.replace(/^@+/, "")}`;
}
