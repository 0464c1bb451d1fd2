// UTC calendar days as "YYYY-MM-DD" and as day numbers (days since 1970-01-01), converted by integer arithmetic
// (H. Hinnant's days_from_civil / civil_from_days) instead of Date objects: a chart of all time steps through
// a thousand days per page view, and the Date round trip per day was a measurable part of the overview's CPU time.

/** The day number of "YYYY-MM-DD" (no validation: callers pass days they made or checked). */
export function dayNumber(day: string): number {
  let y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** "YYYY-MM-DD" of a day number (years 0000 to 9999). */
export function dayString(n: number): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** The day `n` days after (or before, n < 0) `day`. */
export const addDays = (day: string, n: number) => dayString(dayNumber(day) + n);
