import type { AccountProfileInput } from "../types";
import type { Rng } from "./random";

/** What an account is in the demo story; decides how its profile looks. */
export type AccountKind = "organic" | "followee" | "churner" | "bot";

const DAY = 86_400_000;
/** The profile fields; a few organic accounts miss some of them. */
export const PROFILE_FIELDS = [
  "followerCount",
  "followingCount",
  "videoCount",
  "hasAvatar",
  "isPrivate",
  "bioLength",
  "accountCreatedAt",
  "lastPostAt",
] as const satisfies readonly (keyof AccountProfileInput)[];

/** Exports and scrapes carry whole seconds. */
const atSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);
const count = (x: number, max: number) => Math.max(0, Math.min(max, Math.round(x)));

/**
 * Profile of one account as seen when it first shows up.
 * firstSinceMs: its earliest follow in the demo (the account must be older);
 * observedAtMs: the snapshot that first lists it (its last post cannot be later).
 */
export function makeProfile(
  kind: AccountKind,
  handle: string,
  rng: Rng,
  firstSinceMs: number,
  observedAtMs: number,
): AccountProfileInput {
  const p = kind === "bot" ? botProfile(handle, rng, firstSinceMs) : realProfile(kind, handle, rng, firstSinceMs);
  p.lastPostAt = lastPost(rng, p.videoCount ?? 0, (p.accountCreatedAt ?? atSecond(firstSinceMs)).getTime(), observedAtMs);
  // Real data has holes (private accounts, failed lookups); the bot score must cope with "unknown".
  if (kind === "organic" && rng.chance(0.05)) {
    for (let n = rng.int(1, 3); n > 0; n--) p[rng.pick(PROFILE_FIELDS)] = null;
  }
  return p;
}

/** Auditors' bot signals, all at once: no avatar, no videos, follows thousands, followed by few, days old. */
function botProfile(handle: string, rng: Rng, firstSinceMs: number): AccountProfileInput {
  return {
    handle,
    followerCount: count(rng.exponential(5), 50),
    followingCount: count(rng.range(1_200, 7_500), 10_000),
    videoCount: 0,
    hasAvatar: rng.chance(0.08),
    isPrivate: rng.chance(0.04),
    bioLength: rng.chance(0.9) ? 0 : rng.int(3, 20),
    accountCreatedAt: atSecond(firstSinceMs - rng.range(2, 40) * DAY),
    lastPostAt: null,
  };
}

type RealKind = Exclude<AccountKind, "bot">;

// Per kind: follower median/sigma, following median/sigma, share with no videos, video median, avatar share,
// private share, share with empty bio, and how long before its first follow the account was created (days).
const SHAPES: Record<RealKind, readonly [number, number, number, number, number, number, number, number, number, number, number]> = {
  organic: [220, 1.7, 320, 1.0, 0.3, 30, 0.92, 0.12, 0.35, 30, 6 * 365],
  followee: [45_000, 1.8, 250, 1.2, 0, 350, 0.99, 0.01, 0.05, 365, 7 * 365],
  // follow-for-follow accounts follow thousands and post little
  churner: [900, 0.8, 5_500, 0.3, 0.2, 12, 0.85, 0.03, 0.4, 60, 3 * 365],
};

function realProfile(kind: RealKind, handle: string, rng: Rng, firstSinceMs: number): AccountProfileInput {
  const [fMed, fSig, gMed, gSig, noVideos, vMed, avatar, priv, noBio, minAge, maxAge] = SHAPES[kind];
  const floor = kind === "followee" ? 1_000 : 0;
  return {
    handle,
    followerCount: Math.max(floor, count(rng.logNormal(fMed, fSig), 80_000_000)),
    // TikTok caps following at 10,000
    followingCount: count(rng.logNormal(gMed, gSig), 10_000),
    videoCount: rng.chance(noVideos) ? 0 : Math.max(1, count(rng.logNormal(vMed, 1.3), 20_000)),
    hasAvatar: rng.chance(avatar),
    isPrivate: rng.chance(priv),
    bioLength: rng.chance(noBio) ? 0 : rng.int(5, 80),
    accountCreatedAt: atSecond(firstSinceMs - rng.range(minAge, maxAge) * DAY),
    lastPostAt: null,
  };
}

function lastPost(rng: Rng, videos: number, createdMs: number, observedAtMs: number): Date | null {
  if (videos === 0) return null; // nothing posted, so there is no date to know
  // most posting accounts are active; some went quiet months ago (an auditor's "inactive" signal)
  const ago = rng.chance(0.15) ? rng.range(90, 600) * DAY : rng.exponential(10 * DAY);
  return atSecond(Math.min(observedAtMs, Math.max(createdMs + DAY, observedAtMs - ago)));
}
