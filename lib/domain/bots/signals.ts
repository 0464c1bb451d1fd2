// The per-account signals auditors publish (DOMAIN §4), one function each. A signal returns null when its input
// is unknown or it has nothing to say, so "not known" never turns into points. Weights are points on a 0..100
// scale; none is decisive alone (the largest single profile signal is 18, "suspicious" starts at 40).
import { handleShape, hasShortSerial, isDefaultHandle, isDigitHeavy, isRandomHandle } from "./handle-shape";
import type { BotReason, BotSignalInput } from "./types";

export type SignalContext = { input: BotSignalInput; nowMs: number };
export type Signal = (ctx: SignalContext) => BotReason | null;

const DAY_MS = 86_400_000;
/** The auditors' inactivity cut-off. */
export const INACTIVE_DAYS = 90;
/** Accounts younger than this at scoring time count as young; bought-follower batches are typically days old. */
export const YOUNG_DAYS = 30;
/** Old enough that a farm would have had to age it on purpose. */
export const OLD_DAYS = 730;
/** A following/followers ratio above this is the auditors' "strong" flag. */
export const STRONG_RATIO = 20;
/** Ratios on tiny numbers are noise (follows 9, followed by 0): only judge accounts that follow this many. */
export const RATIO_MIN_FOLLOWING = 50;
/** The auditors' "mass follower" line. */
export const MASS_FOLLOWING = 1500;

// Thousands separators without Intl: toLocaleString alone cost ~20% of scoring time.
const GROUPS = /\B(?=(\d{3})+(?!\d))/g;
const thousands = (n: number) => String(n).replace(GROUPS, ",");
const MASS_FOLLOWING_TEXT = thousands(MASS_FOLLOWING);
const reason = (signal: string, value: BotReason["value"], weight: number, detail: string): BotReason => ({ signal, value, weight, detail });
const isNum = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
const days = (d: Date | null | undefined, nowMs: number): number | null => {
  const t = d ? d.getTime() : NaN;
  return Number.isNaN(t) ? null : (nowMs - t) / DAY_MS;
};

export const avatar: Signal = ({ input }) =>
  // The most cited single tell; but many real lurkers never set one, so not more than 15.
  input.hasAvatar === false ? reason("no-avatar", false, 15, "no profile picture") : null;

export const videos: Signal = ({ input, nowMs }) => {
  const n = input.videoCount;
  if (!isNum(n)) return null;
  // Most real viewers never post, so zero videos is only mild; a private account may just hide them.
  if (n === 0) return input.isPrivate === true
    ? reason("zero-videos", 0, 6, "no videos visible (private account, they may be hidden)")
    : reason("zero-videos", 0, 12, "has never posted a video");
  // A posting history is costly to fake, unless it was dumped in days: spam accounts upload reposts in bulk,
  // so a young account earns no credit. Moderate, since spam bots post too.
  const age = days(input.accountCreatedAt, nowMs);
  if (n < 10 || (age !== null && age < YOUNG_DAYS)) return null;
  return reason("many-videos", n, n >= 50 ? -15 : -8, `has posted ${n} videos`);
};

export const activity: Signal = ({ input, nowMs }) => {
  const age = days(input.lastPostAt, nowMs);
  if (age === null || age < INACTIVE_DAYS) return null;
  // Dormant real users are common too, hence a small weight.
  return reason("inactive", Math.floor(age), 8, `no post for ${Math.floor(age)} days (${INACTIVE_DAYS}+ counts as inactive)`);
};

export const accountAge: Signal = ({ input, nowMs }) => {
  const age = days(input.accountCreatedAt, nowMs);
  if (age === null || age < 0) return null; // created "in the future": bad data, not evidence
  const d = Math.floor(age);
  if (age < YOUNG_DAYS) return reason("young-account", d, 10, `account created ${d} days ago (under ${YOUNG_DAYS})`);
  const posted = days(input.lastPostAt, nowMs);
  // Years of existence plus recent posting is the clearest "a person uses this" pattern we can see.
  if (age >= 365 && posted !== null && posted >= 0 && posted < INACTIVE_DAYS)
    return reason("old-active-account", d, -15, `account ${d} days old and posted ${Math.floor(posted)} days ago`);
  if (age >= OLD_DAYS) return reason("old-account", d, -5, `account ${d} days old`);
  return null;
};

export const following: Signal = ({ input }) => {
  const n = input.followingCount;
  if (!isNum(n) || n <= MASS_FOLLOWING) return null;
  // TikTok caps following at 10,000; farms sit near it, real people rarely get past a few thousand.
  const weight = n >= 5000 ? 16 : 12;
  return reason("mass-following", n, weight, `follows ${thousands(n)} accounts (over ${MASS_FOLLOWING_TEXT})`);
};

export const ratio: Signal = ({ input }) => {
  const out = input.followingCount, into = input.followerCount;
  if (!isNum(out) || !isNum(into) || out < RATIO_MIN_FOLLOWING) return null;
  const r = Math.round((out / Math.max(into, 1)) * 10) / 10;
  const detail = `follows ${thousands(Math.round(r))}× more accounts than follow it`;
  // Follow-for-follow farms follow thousands and are followed by few; the auditors flag > 20.
  if (r > STRONG_RATIO) return reason("following-ratio", r, 18, detail);
  // Between 8 and 20 is common for new real users too: a mild push only.
  if (r > 8) return reason("following-ratio", r, 8, detail);
  return null;
};

export const followers: Signal = ({ input }) => {
  const n = input.followerCount;
  if (!isNum(n)) return null;
  if (n < 10) return reason("few-followers", n, 10, `only ${n} followers`);
  if (n < 50) return reason("few-followers", n, 4, `only ${n} followers`);
  const out = input.followingCount;
  // An audience that outnumbers what the account follows was earned, not traded follow-for-follow.
  if (n >= 1000 && (!isNum(out) || out <= n)) return reason("established-audience", n, -10, `${thousands(n)} followers`);
  return null;
};

export const handle: Signal = ({ input }) => {
  if (isDefaultHandle(input.handle))
    // Real lurkers keep the default name too, so it weighs like any other handle tell.
    return reason("default-handle", input.handle, 12, "still the platform's auto-assigned user+digits name");
  const s = handleShape(input.handle);
  const digitHeavy = isDigitHeavy(s);
  const random = isRandomHandle(s);
  if (digitHeavy || random) {
    const what = [digitHeavy ? `${Math.round(s.digitShare * 100)}% digits, run of ${s.longestDigitRun}` : "", random ? `randomness ${s.randomness.toFixed(2)}` : ""];
    return reason(random ? "random-handle" : "digit-heavy-handle", input.handle, 10, `handle looks generated (${what.filter(Boolean).join(", ")})`);
  }
  // Half weight: a short number that is not a year is common in generated names but people pick them too.
  if (hasShortSerial(input.handle, s)) return reason("digit-heavy-handle", input.handle, 5, "handle carries a 3-4 digit number that is not a year");
  return null;
};

export const bio: Signal = ({ input }) =>
  // Empty bios are the norm for ordinary viewers: weak.
  input.bioLength === 0 ? reason("empty-bio", 0, 6, "empty bio") : null;

export const privacy: Signal = ({ input }) =>
  // Farms go private to hide an empty profile, but so do many real people: weak.
  input.isPrivate === true ? reason("private", true, 3, "private account") : null;

export const profileSignals: readonly Signal[] = [avatar, videos, activity, accountAge, following, ratio, followers, handle, bio, privacy];
