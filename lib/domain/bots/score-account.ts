// Sums the points of every signal whose input is known, clamps to 0..100 and labels the result. Refuses to score
// (label "unknown", score null) when too little is known: a score from a handle alone would be a guess.
import { behaviourSignals } from "./behaviour-signals";
import { profileSignals, type SignalContext } from "./signals";
import { BOT_SCORE_VERSION, type BotLabel, type BotReason, type BotScore, type BotSignalInput } from "./types";

/** At 70 several independent strong tells agree (e.g. no avatar + mass following + zero videos + young). */
export const LIKELY_BOT_AT = 70;
/** At 40 at least two or three tells agree: worth a look, not a verdict. */
export const SUSPICIOUS_AT = 40;
/** Fewer known profile fields than this, and no behaviour evidence: do not score. */
export const MIN_KNOWN_FIELDS = 3;

const PROFILE_FIELDS = [
  "followerCount", "followingCount", "videoCount", "hasAvatar", "isPrivate", "bioLength", "accountCreatedAt", "lastPostAt",
] as const;

function isKnown(v: number | boolean | Date | null | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  return typeof v !== "number" || Number.isFinite(v);
}

export function labelFor(score: number): Exclude<BotLabel, "unknown"> {
  return score >= LIKELY_BOT_AT ? "likely-bot" : score >= SUSPICIOUS_AT ? "suspicious" : "likely-real";
}

const byWeight = (a: BotReason, b: BotReason) => b.weight - a.weight || (a.signal < b.signal ? -1 : a.signal > b.signal ? 1 : 0);

export function scoreAccount(input: BotSignalInput, now: Date): BotScore {
  const missing: string[] = [];
  for (const field of PROFILE_FIELDS) if (!isKnown(input[field])) missing.push(field);
  const known = PROFILE_FIELDS.length - missing.length;
  const ctx: SignalContext = { input, nowMs: now.getTime() };
  const reasons: BotReason[] = [];
  let total = 0;
  for (const signal of behaviourSignals) {
    const r = signal(ctx);
    if (r) { reasons.push(r); total += r.weight; }
  }
  if (known < MIN_KNOWN_FIELDS && reasons.length === 0) {
    const detail = `only ${known} of ${PROFILE_FIELDS.length} profile fields known (need ${MIN_KNOWN_FIELDS}); missing: ${missing.join(", ")}`;
    return { score: null, label: "unknown", reasons: [{ signal: "insufficient-data", value: known, weight: 0, detail }], version: BOT_SCORE_VERSION };
  }
  for (const signal of profileSignals) {
    const r = signal(ctx);
    if (r) { reasons.push(r); total += r.weight; }
  }
  if (missing.length > 0)
    reasons.push({ signal: "missing-fields", value: missing.length, weight: 0, detail: `not known, not counted: ${missing.join(", ")}` });
  reasons.sort(byWeight);
  const score = total < 0 ? 0 : total > 100 ? 100 : total;
  return { score, label: labelFor(score), reasons, version: BOT_SCORE_VERSION };
}
