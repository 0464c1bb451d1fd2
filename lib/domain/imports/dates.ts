import { Problem, quote } from "./problem";

// Dates every import format may carry: export text "2024-01-02 10:00:00" (UTC by TikTok's definition, no zone
// written), "... UTC" in the TXT files, ISO 8601 from tools and our API, epoch seconds (Instagram) or ms.

const DAY_MS = 86_400_000;
/** Nothing in a follower list predates the platforms; earlier means seconds read as ms or a broken clock. */
const EARLIEST = Date.UTC(2000, 0, 1);
/** The last time a JavaScript Date can hold. */
const LATEST = 8.64e15;
/** Epoch numbers below this are seconds (1e11 s is the year 5138; 1e11 ms is 1973). */
const SECONDS_BELOW = 1e11;

const GENERAL =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/** ms since the epoch, NaN when the value says "no date" (absent, null, empty). Throws Problem("bad-date"). */
export function readDate(value: unknown): number {
  if (value === undefined || value === null) return Number.NaN;
  if (typeof value === "number") return fromEpoch(value, String(value));
  if (typeof value !== "string") throw new Problem("bad-date", `Expected a date, found ${describe(value)}`);
  return parseDateText(value);
}

export function parseDateText(raw: string): number {
  const text = raw.trim();
  if (!text) return Number.NaN;
  const fast = text.length === 19 || text.length === 23 ? exportForm(text) : Number.NaN;
  if (!Number.isNaN(fast)) return fast;
  if (/^\d+(\.\d+)?$/.test(text)) return fromEpoch(Number(text), text);
  const m = GENERAL.exec(text);
  if (!m) throw new Problem("bad-date", `${quote(raw)} is not a date we can read`);
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", zone = ""] = m;
  const ms = utc(+y!, +mo!, +d!, +h, +mi, +s, Math.floor(Number(`0.${frac || 0}`) * 1000));
  if (Number.isNaN(ms)) throw new Problem("bad-date", `${quote(raw)} is not a valid date`);
  return check(ms - zoneOffset(zone), raw);
}

/** "YYYY-MM-DD HH:MM:SS" with an optional " UTC": read from char codes, as a million of them come in a row. */
function exportForm(t: string): number {
  if (t.length === 23 && t.slice(19).toUpperCase() !== " UTC") return Number.NaN;
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 32) return Number.NaN;
  if (t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return Number.NaN;
  const y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
  const h = digits(t, 11, 2), mi = digits(t, 14, 2), s = digits(t, 17, 2);
  if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0) return Number.NaN;
  const ms = utc(y, mo, d, h, mi, s, 0);
  if (Number.isNaN(ms)) throw new Problem("bad-date", `${quote(t)} is not a valid date`);
  return check(ms, t);
}

function digits(t: string, at: number, count: number): number {
  let v = 0;
  for (let i = at; i < at + count; i++) {
    const c = t.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Date.UTC with range checks (Date.UTC would roll Feb 30 over into March). */
function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return Number.NaN;
  const leap = mo === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 1 : 0;
  if (d > MONTH_DAYS[mo - 1]! + leap) return Number.NaN;
  return ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60_000 + Math.min(s, 59) * 1000 + ms;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm): Date.UTC without the call. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function zoneOffset(zone: string): number {
  if (!zone || /^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const sign = zone[0] === "-" ? -1 : 1;
  const rest = zone.slice(1).replace(":", "");
  return sign * (Number(rest.slice(0, 2)) * 60 + Number(rest.slice(2) || 0)) * 60_000;
}

function fromEpoch(n: number, shown: string): number {
  if (!Number.isFinite(n) || n < 0) throw new Problem("bad-date", `${quote(shown)} is not a valid timestamp`);
  // Zero is what several tools write for "unknown".
  if (n === 0) return Number.NaN;
  return check(Math.round(n < SECONDS_BELOW ? n * 1000 : n), shown);
}

function check(ms: number, shown: string): number {
  if (ms < EARLIEST) throw new Problem("bad-date", `${quote(shown)} is before 2000`);
  if (!(ms <= LATEST)) throw new Problem("bad-date", `${quote(shown)} is not a valid date`);
  return ms;
}

/** Throws Problem("future-date") for a date more than a day after `now` (a day covers time zones and clock skew). */
export function assertNotFuture(ms: number, now: Date, shown?: string): void {
  if (ms > now.getTime() + DAY_MS) {
    throw new Problem("future-date", `${shown ? quote(shown) : new Date(ms).toISOString()} is in the future`);
  }
}

/** Reads a date and refuses one in the future: what every list entry goes through. */
export function readPastDate(value: unknown, now: Date): number {
  const ms = readDate(value);
  if (!Number.isNaN(ms)) assertNotFuture(ms, now, String(value));
  return ms;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the text ${quote(value)}`;
  return `the ${typeof value} ${quote(String(value))}`;
}
