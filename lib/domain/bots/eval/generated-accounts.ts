// A small synthetic evaluation set from its own seeded PRNG (independent of the demo generator). Bots and real
// accounts are drawn from overlapping distributions, fields go missing at random, and some accounts of each
// class wear the other's clothes (real lurkers with default names, bots with avatars and bios), so the set is
// not separable by any single signal.
import type { BotSignalInput } from "../types";
import { EVAL_NOW, type LabelledAccount } from "./labelled-row";

/** xorshift32: tiny and deterministic; quality is irrelevant for a few thousand draws. */
function xorshift(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const chance = (p: number) => next() < p;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** heavy-tailed counts: exp(uniform in [ln lo, ln hi]) */
  const logUniform = (lo: number, hi: number) => Math.floor(Math.exp(Math.log(lo + 1) + next() * (Math.log(hi + 1) - Math.log(lo + 1)))) - 1;
  return { next, int, chance, pick, logUniform };
}
type Rng = ReturnType<typeof xorshift>;

const NAMES = ["anna", "ben", "chloe", "diego", "emma", "finn", "grace", "hugo", "ines", "jack", "kai", "lena", "mia", "noah", "omar", "pia", "ravi", "sara", "tom", "yuki"];
const WORDS = ["art", "daily", "music", "fit", "travel", "cooks", "gamer", "vibes", "photo", "life"];
const LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

function personHandle(r: Rng): string {
  const base = r.chance(0.5) ? `${r.pick(NAMES)}${r.pick([".", "_", ""])}${r.pick(NAMES)}` : `${r.pick(NAMES)}.${r.pick(WORDS)}`;
  return r.chance(0.3) ? `${base}${r.chance(0.5) ? r.int(1970, 2012) : r.int(1, 99)}` : base;
}
const serialHandle = (r: Rng) => `${r.pick(NAMES)}${r.pick(["_", ".", ""])}${r.int(10_000, 99_999_999)}`;
const defaultHandle = (r: Rng) => `user${r.int(100_000_000, 999_999_999)}${r.int(10, 9999)}`;
const mashHandle = (r: Rng) => Array.from({ length: r.int(6, 10) }, () => r.pick([...LETTERS])).join("");

const daysAgo = (d: number) => new Date(EVAL_NOW.getTime() - d * 86_400_000);
/** Each profile field goes missing with this probability, as in partial exports and private profiles. */
const MISSING = 0.12;

function withGaps(r: Rng, input: BotSignalInput): BotSignalInput {
  const out: BotSignalInput = { ...input };
  for (const key of ["followerCount", "followingCount", "videoCount", "hasAvatar", "isPrivate", "bioLength", "accountCreatedAt", "lastPostAt"] as const)
    if (r.chance(MISSING)) out[key] = null;
  return out;
}

function bot(r: Rng): LabelledAccount {
  const farm = r.chance(0.55); // follow farm vs passive bought follower
  const videos = r.chance(0.85) ? 0 : r.int(1, 30);
  const age = r.chance(0.6) ? r.int(0, 45) : r.int(46, 1500);
  const input: BotSignalInput = {
    handle: r.chance(0.3) ? defaultHandle(r) : r.chance(0.45) ? serialHandle(r) : r.chance(0.5) ? mashHandle(r) : personHandle(r),
    followerCount: r.logUniform(0, farm ? 400 : 60),
    followingCount: farm ? r.int(600, 9800) : r.logUniform(0, 400),
    videoCount: videos,
    hasAvatar: r.chance(farm ? 0.35 : 0.45),
    isPrivate: r.chance(0.15),
    bioLength: r.chance(0.8) ? 0 : r.int(5, 80),
    accountCreatedAt: daysAgo(age),
    lastPostAt: videos > 0 ? daysAgo(r.int(0, Math.min(age, 400))) : null,
    batch: r.chance(0.12) ? { id: "gen-batch", size: r.int(5, 60), windowMinutes: r.int(2, 60) } : null,
    followCycles: r.chance(0.1) ? r.int(2, 8) : null,
  };
  return { input: withGaps(r, input), bot: true, note: farm ? "generated follow farm" : "generated bought follower" };
}

function real(r: Rng): LabelledAccount {
  const kind = r.pick(["lurker", "lurker", "creator", "new", "dormant"] as const);
  const age = kind === "new" ? r.int(0, 40) : r.int(60, 3200);
  const videos = kind === "creator" ? r.logUniform(10, 2000) : kind === "dormant" ? r.int(1, 60) : r.chance(0.75) ? 0 : r.int(1, 8);
  const posted = videos === 0 ? null : kind === "dormant" ? r.int(91, Math.max(92, age)) : r.int(0, Math.min(age, 120));
  const input: BotSignalInput = {
    handle: r.chance(kind === "creator" ? 0.02 : 0.15) ? defaultHandle(r) : r.chance(0.08) ? mashHandle(r) : personHandle(r),
    followerCount: kind === "creator" ? r.logUniform(200, 2_000_000) : r.logUniform(0, 600),
    followingCount: r.chance(0.08) ? r.int(1500, 5000) : r.logUniform(5, 1200),
    videoCount: videos,
    hasAvatar: r.chance(kind === "creator" ? 0.98 : 0.7),
    isPrivate: r.chance(kind === "creator" ? 0.02 : 0.25),
    bioLength: r.chance(kind === "creator" ? 0.1 : 0.6) ? 0 : r.int(5, 80),
    accountCreatedAt: daysAgo(age),
    lastPostAt: posted === null ? null : daysAgo(posted),
    batch: r.chance(0.02) ? { id: "gen-batch", size: r.int(5, 20), windowMinutes: r.int(5, 60) } : null, // viral-spike look-alikes
    followCycles: r.chance(0.04) ? r.int(2, 3) : null,
  };
  return { input: withGaps(r, input), bot: false, note: `generated real ${kind}` };
}

/** Deterministic: the same seed and size always give the same accounts. Roughly 40% bots. */
export function generatedAccounts(seed = 20250601, size = 300): LabelledAccount[] {
  const r = xorshift(seed);
  return Array.from({ length: size }, () => (r.chance(0.4) ? bot(r) : real(r)));
}
