/** Up to this many minutes the wait is said in minutes; longer, in whole hours (rounded up: never promise too early). */
const MINUTES_UP_TO = 90;

/** The one sentence a locked-out sign-in gets, whoever's the email (or none): "… Try again in 14 minutes." */
export function describeSignInLockout(waitMs: number): string {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  if (minutes <= MINUTES_UP_TO) return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
  const hours = Math.ceil(minutes / 60);
  return `Too many failed sign-ins. Try again in ${hours} hours.`;
}
