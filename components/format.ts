// Shared, deterministic formatting (same output on server and client, independent of the host time zone).
import { format } from "date-fns";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

/** 25012 → "25,012"; negatives use a true minus sign. */
export function formatNumber(value: number): string {
  const text = integer.format(Math.abs(value));
  return value < 0 ? `\u2212${text}` : text;
}

/** 25012 → "25K" (axis ticks). */
export function formatCompact(value: number): string {
  const text = compact.format(Math.abs(value));
  return value < 0 ? `\u2212${text}` : text;
}

/** 5 → "+5", −5 → "−5", 0 → "0". */
export function formatSigned(value: number): string {
  if (value > 0) return `+${formatNumber(value)}`;
  return formatNumber(value);
}

/** Reads an ISO timestamp or YYYY-MM-DD day as a UTC calendar date, as a local Date for date-fns. */
export function utcDay(iso: string): Date | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** "2 Jan 2024" (or `pattern`); "—" for a missing or invalid date. */
export function formatDate(iso: string | null | undefined, pattern = "d MMM yyyy"): string {
  if (!iso) return "—";
  const d = utcDay(iso);
  return d ? format(d, pattern) : "—";
}

/** "2 Jan 2024, 10:05 UTC"; "—" for a missing or invalid time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "—";
  const local = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
  return `${format(local, "d MMM yyyy, HH:mm")} UTC`;
}

/**
 * A window between two dates: "3 May – 4 May 2026", "30 Dec 2025 – 2 Jan 2026", "4 May 2026" (same day).
 * `joiner` replaces the en dash, e.g. " and " for prose.
 */
export function formatBetween(after: string | null, before: string | null, joiner = " \u2013 "): string {
  const a = after ? utcDay(after) : null;
  const b = before ? utcDay(before) : null;
  if (a && b) {
    if (a.getTime() === b.getTime()) return format(b, "d MMM yyyy");
    const sameYear = a.getFullYear() === b.getFullYear();
    return `${format(a, sameYear ? "d MMM" : "d MMM yyyy")}${joiner}${format(b, "d MMM yyyy")}`;
  }
  if (b) return `before ${format(b, "d MMM yyyy")}`;
  if (a) return `after ${format(a, "d MMM yyyy")}`;
  return "an unknown date";
}

/** Prose for when something ended: "between 3 May and 4 May 2026", "on 4 May 2026", "before 4 May 2026". */
export function describeWindow(after: string | null, before: string | null): string {
  const text = formatBetween(after, before, " and ");
  if (text.startsWith("before") || text.startsWith("after") || text === "an unknown date") return text;
  return text.includes(" and ") ? `between ${text}` : `on ${text}`;
}

/** 1536 → "1.5 KB", 12_600_000 → "12.0 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
