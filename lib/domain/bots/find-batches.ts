// Coordinated batches (DOMAIN §4/§5 "follower burst"): look-alike, bot-ish accounts that followed within a short
// window, far more densely than that look-alike kind arrives the rest of the time. A viral video brings many
// followers at once too, but they differ from each other and mostly look real, so neither alone makes a batch.
// Accounts known by handle alone (an export of handles and dates) have one trait at most, the name: their kind
// makes a batch only where it is most of everything that followed in the window, since a viral video brings
// default-named lurkers too, but among many more of every other kind.
import { handleShape, isDefaultHandle, isDigitHeavy, isRandomHandle } from "./handle-shape";
import { MASS_FOLLOWING, YOUNG_DAYS } from "./signals";
import type { BatchMembership, BotSignalInput } from "./types";

export type FollowArrival = { handleKey: string; followedAt: Date; profile: BotSignalInput };

/** Purchased followers are delivered over minutes to an hour; wider windows start catching organic streams. */
export const DEFAULT_WINDOW_MINUTES = 60;
/** Five look-alike bot-ish accounts in an hour is rare organically for small and mid-size creators. */
export const DEFAULT_MIN_SIZE = 5;
/** The window must hold this many times the kind's usual arrivals per window (median over the history). */
export const BURST_FACTOR = 3;
/** With fewer windows of history there is no baseline to speak of: every dense look-alike cluster counts. */
export const MIN_BASELINE_WINDOWS = 10;
/** A look-alike kind only counts when it carries at least this many bot traits (young, no avatar, ...). */
export const MIN_BOT_TRAITS = 2;
/** A kind known by its name alone must be at least this share of all follows within its window. */
export const NAME_ONLY_SHARE = 0.5;
const NAME_ONLY = "name-only/";

const DAY_MS = 86_400_000;

/** The coarse look of an account at the time it followed, or null when it has too few bot traits to matter. */
export function lookAlikeKey(arrival: FollowArrival): string | null {
  const p = arrival.profile;
  const created = p.accountCreatedAt ? p.accountCreatedAt.getTime() : NaN;
  const ageDays = (arrival.followedAt.getTime() - created) / DAY_MS;
  const young = Number.isNaN(ageDays) ? "?" : ageDays < YOUNG_DAYS ? "young" : "older";
  const avatar = p.hasAvatar == null ? "?" : p.hasAvatar ? "avatar" : "no-avatar";
  const videos = p.videoCount == null ? "?" : p.videoCount === 0 ? "no-videos" : "videos";
  const handle = handleClass(p.handle);
  const massFollowing = typeof p.followingCount === "number" && p.followingCount > MASS_FOLLOWING;
  const generatedName = handle === "default" || handle === "random" || handle === "digits";
  const traits = +(young === "young") + +(avatar === "no-avatar") + +(videos === "no-videos") + +massFollowing + +generatedName;
  if (traits >= MIN_BOT_TRAITS) return `${young}/${avatar}/${videos}/${handle}`;
  const nameOnly = young === "?" && avatar === "?" && videos === "?" && typeof p.followingCount !== "number";
  return nameOnly && generatedName ? `${NAME_ONLY}${handle}` : null;
}

/** "default", "random", "digits", or the letter/digit runs with separators dropped ("a9" for "emma_k_2931"). */
export function handleClass(handle: string): string {
  if (isDefaultHandle(handle)) return "default";
  const s = handleShape(handle);
  if (isRandomHandle(s)) return "random";
  if (isDigitHeavy(s)) return "digits";
  let runs = "";
  for (const c of s.shape) if ((c === "a" || c === "9" || c === "x") && !runs.endsWith(c)) runs += c;
  return runs;
}

/** Median arrivals per window of one kind over the observed period (a robust baseline, DOMAIN §5), or 0. */
function medianPerWindow(times: number[], startMs: number, windowMs: number, windows: number): number {
  if (windows < MIN_BASELINE_WINDOWS) return 0;
  const counts = new Map<number, number>();
  for (const t of times) {
    const bucket = Math.floor((t - startMs) / windowMs);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  const zeros = windows - counts.size; // empty windows are part of the baseline too
  const mid = Math.floor((windows - 1) / 2);
  if (mid < zeros) return 0;
  return [...counts.values()].sort((a, b) => a - b)[mid - zeros] ?? 0;
}

/** How many of the ascending times fall in [from, to] (two binary searches). */
function countBetween(times: number[], from: number, to: number): number {
  const firstAtOrAfter = (x: number) => {
    let lo = 0, hi = times.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((times[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return firstAtOrAfter(to + 1) - firstAtOrAfter(from);
}

type Found = { first: number; key: string; members: FollowArrival[]; spanMs: number };

export function findCoordinatedBatches(
  arrivals: FollowArrival[],
  options: { windowMinutes?: number; minSize?: number } = {},
): Map<string, BatchMembership> {
  const windowMinutes = options.windowMinutes ?? DEFAULT_WINDOW_MINUTES;
  const minSize = options.minSize ?? DEFAULT_MIN_SIZE;
  if (!(windowMinutes > 0)) throw new RangeError("windowMinutes must be positive");
  if (!(minSize >= 2)) throw new RangeError("minSize must be at least 2");
  const windowMs = windowMinutes * 60_000;

  // Earliest follow per account: a re-follow must not count the same account twice in a burst.
  const sorted = arrivals
    .filter((a) => !Number.isNaN(a.followedAt.getTime()))
    .sort((a, b) => a.followedAt.getTime() - b.followedAt.getTime() || (a.handleKey < b.handleKey ? -1 : a.handleKey > b.handleKey ? 1 : 0));
  const seen = new Set<string>();
  const everyone: number[] = []; // every first follow's time, ascending, for the name-only share
  const groups = new Map<string, FollowArrival[]>();
  for (const a of sorted) {
    if (seen.has(a.handleKey)) continue;
    seen.add(a.handleKey);
    everyone.push(a.followedAt.getTime());
    const key = lookAlikeKey(a);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  const first = sorted[0], last = sorted[sorted.length - 1];
  const startMs = first ? first.followedAt.getTime() : 0;
  const windows = last ? Math.floor((last.followedAt.getTime() - startMs) / windowMs) + 1 : 0;

  const found: Found[] = [];
  for (const [key, group] of groups) {
    const t = group.map((a) => a.followedAt.getTime());
    const threshold = Math.max(minSize, BURST_FACTOR * medianPerWindow(t, startMs, windowMs, windows));
    let j = 0;
    for (let i = 0; i < group.length; ) {
      const start = t[i] ?? 0;
      if (j < i) j = i;
      while (j < group.length && (t[j] ?? 0) - start <= windowMs) j++;
      const shareOk = !key.startsWith(NAME_ONLY) || j - i >= NAME_ONLY_SHARE * countBetween(everyone, start, t[j - 1] ?? start);
      if (j - i >= threshold && shareOk) {
        found.push({ first: start, key, members: group.slice(i, j), spanMs: (t[j - 1] ?? start) - start });
        i = j;
      } else i++;
    }
  }

  found.sort((a, b) => a.first - b.first || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const result = new Map<string, BatchMembership>();
  let previousIso = "", ordinal = 0;
  for (const f of found) {
    const iso = new Date(f.first).toISOString();
    ordinal = iso === previousIso ? ordinal + 1 : 1;
    previousIso = iso;
    const membership = { id: `batch-${iso}-${ordinal}`, size: f.members.length, windowMinutes: Math.max(1, Math.ceil(f.spanMs / 60_000)) };
    for (const m of f.members) result.set(m.handleKey, membership);
  }
  return result;
}
