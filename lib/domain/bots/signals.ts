// The per-account signals auditors publish (DOMAIN §4), one function each. A signal returns null when its input
// is unknown or it has nothing to say, so "not known" never turns into points. The points of each bucket live
// in weights.ts (fitted on public labelled data where a set has the field, hand-set where none does); the cut
// points between buckets are here.
import { DIGIT_RUN_AT, DIGIT_SHARE_AT, handleShape, hasShortSerial, isDefaultHandle, isRandomHandle } from "./handle-shape";
import type { BotReason, BotSignalInput } from "./types";
import { WEIGHTS, type Weights } from "./weights";

/** weights: the points per bucket; fit:bots passes its own to find which bucket a signal picked. */
export type SignalContext = { input: BotSignalInput; nowMs: number; weights?: Weights };
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
/** Following/followers above this already separates fakes in the fit set (few real accounts there exceed 3). */
export const MILD_RATIO = 3;
/** From this share of digits a handle counts as "has digits" (the fit set: most fakes, few real accounts). */
export const SOME_DIGITS_AT = 0.2;

// Thousands separators without Intl: toLocaleString alone cost ~20% of scoring time.
const GROUPS = /\B(?=(\d{3})+(?!\d))/g;
const thousands = (n: number) => String(n).replace(GROUPS, ",");
const MASS_FOLLOWING_TEXT = thousands(MASS_FOLLOWING);
const reason = (signal: string, value: BotReason["value"], weight: number, detail: string): BotReason => ({ signal, value, weight, detail });
const isNum = (v: number | null | undefined): v is number => typeof v === "number" && Number.isFinite(v);
const w = (ctx: SignalContext) => ctx.weights ?? WEIGHTS;
const days = (d: Date | null | undefined, nowMs: number): number | null => {
  const t = d ? d.getTime() : NaN;
  return Number.isNaN(t) ? null : (nowMs - t) / DAY_MS;
};

export const avatar: Signal = (ctx) =>
  // The most cited single tell.
  ctx.input.hasAvatar === false ? reason("no-avatar", false, w(ctx).noAvatar, "no profile picture") : null;

export const videos: Signal = (ctx) => {
  const { input, nowMs } = ctx;
  const n = input.videoCount;
  if (!isNum(n)) return null;
  // A private account may just hide its videos, so it has its own bucket.
  if (n === 0) return input.isPrivate === true
    ? reason("zero-videos", 0, w(ctx).zeroVideosPrivate, "no videos visible (private account, they may be hidden)")
    : reason("zero-videos", 0, w(ctx).zeroVideos, "has never posted a video");
  if (n < 3) return reason("few-videos", n, w(ctx).fewVideos, `has posted only ${n} video${n === 1 ? "" : "s"}`);
  // A posting history is costly to fake, unless it was dumped in days: spam accounts upload reposts in bulk,
  // so a young account earns no credit.
  const age = days(input.accountCreatedAt, nowMs);
  if (n < 10 || (age !== null && age < YOUNG_DAYS)) return null;
  return reason("many-videos", n, n >= 50 ? w(ctx).lotsOfVideos : w(ctx).manyVideos, `has posted ${n} videos`);
};

export const activity: Signal = (ctx) => {
  const age = days(ctx.input.lastPostAt, ctx.nowMs);
  if (age === null || age < INACTIVE_DAYS) return null;
  // Dormant real users are common too, hence a small weight.
  return reason("inactive", Math.floor(age), w(ctx).inactive, `no post for ${Math.floor(age)} days (${INACTIVE_DAYS}+ counts as inactive)`);
};

export const accountAge: Signal = (ctx) => {
  const { input, nowMs } = ctx;
  const age = days(input.accountCreatedAt, nowMs);
  if (age === null || age < 0) return null; // created "in the future": bad data, not evidence
  const d = Math.floor(age);
  if (age < YOUNG_DAYS) return reason("young-account", d, w(ctx).youngAccount, `account created ${d} days ago (under ${YOUNG_DAYS})`);
  const posted = days(input.lastPostAt, nowMs);
  // Years of existence plus recent posting is the clearest "a person uses this" pattern we can see.
  if (age >= 365 && posted !== null && posted >= 0 && posted < INACTIVE_DAYS)
    return reason("old-active-account", d, w(ctx).oldActiveAccount, `account ${d} days old and posted ${Math.floor(posted)} days ago`);
  if (age >= OLD_DAYS) return reason("old-account", d, w(ctx).oldAccount, `account ${d} days old`);
  return null;
};

export const following: Signal = (ctx) => {
  const n = ctx.input.followingCount;
  if (!isNum(n) || n <= MASS_FOLLOWING) return null;
  // TikTok caps following at 10,000; farms sit near it.
  const weight = n >= 5000 ? w(ctx).hugeFollowing : w(ctx).massFollowing;
  return reason("mass-following", n, weight, `follows ${thousands(n)} accounts (over ${MASS_FOLLOWING_TEXT})`);
};

export const ratio: Signal = (ctx) => {
  const { input } = ctx;
  const out = input.followingCount, into = input.followerCount;
  if (!isNum(out) || !isNum(into) || out < RATIO_MIN_FOLLOWING) return null;
  const r = Math.round((out / Math.max(into, 1)) * 10) / 10;
  const detail = `follows ${thousands(Math.round(r))}× more accounts than follow it`;
  // Follow-for-follow farms follow thousands and are followed by few; the auditors flag > 20.
  if (r > STRONG_RATIO) return reason("following-ratio", r, w(ctx).ratioStrong, detail);
  if (r > 8) return reason("following-ratio", r, w(ctx).ratioHigh, detail);
  if (r > MILD_RATIO) return reason("following-ratio", r, w(ctx).ratioMild, detail);
  return null;
};

export const followers: Signal = (ctx) => {
  const { input } = ctx;
  const n = input.followerCount;
  if (!isNum(n)) return null;
  if (n < 10) return reason("few-followers", n, w(ctx).fewFollowers10, `only ${n} followers`);
  if (n < 50) return reason("few-followers", n, w(ctx).fewFollowers50, `only ${n} followers`);
  if (n < 150) return reason("few-followers", n, w(ctx).fewFollowers150, `only ${n} followers`);
  const out = input.followingCount;
  // An audience that outnumbers what the account follows was earned, not traded follow-for-follow.
  if (n >= 1000 && (!isNum(out) || out <= n)) return reason("established-audience", n, w(ctx).establishedAudience, `${thousands(n)} followers`);
  return null;
};

export const handle: Signal = (ctx) => {
  const { input } = ctx;
  if (isDefaultHandle(input.handle))
    // Real lurkers keep the default name too, so it weighs like any other handle tell.
    return reason("default-handle", input.handle, w(ctx).defaultHandle, "still the platform's auto-assigned user+digits name");
  // An anonymised public set gives the digit share without the handle: judge that alone.
  const known = input.handle !== "";
  const s = known ? handleShape(input.handle) : null;
  const share = s ? s.digitShare : input.handleDigitShare;
  if (!isNum(share)) return null;
  const run = s ? s.longestDigitRun : 0;
  const value = known ? input.handle : share;
  const digits = `${Math.round(share * 100)}% digits${s ? `, run of ${run}` : ""}`;
  if (run >= DIGIT_RUN_AT || share >= DIGIT_SHARE_AT)
    return reason("digit-heavy-handle", value, w(ctx).digitHeavyHandle, `handle looks generated (${digits})`);
  if (s && isRandomHandle(s)) return reason("random-handle", value, w(ctx).randomHandle, `handle looks generated (randomness ${s.randomness.toFixed(2)})`);
  if (share >= SOME_DIGITS_AT) return reason("digit-heavy-handle", value, w(ctx).digitsInHandle, `handle is ${digits}`);
  // A short number that is not a year is common in generated names but people pick them too.
  if (s && hasShortSerial(input.handle, s)) return reason("digit-heavy-handle", value, w(ctx).shortSerial, "handle carries a 3-4 digit number that is not a year");
  return null;
};

export const bio: Signal = (ctx) =>
  ctx.input.bioLength === 0 ? reason("empty-bio", 0, w(ctx).emptyBio, "empty bio") : null;

export const privacy: Signal = (ctx) =>
  // Farms go private to hide an empty profile, but so do many real people.
  ctx.input.isPrivate === true ? reason("private", true, w(ctx).private, "private account") : null;

export const profileSignals: readonly Signal[] = [avatar, videos, activity, accountAge, following, ratio, followers, handle, bio, privacy];
