// Sums the points of every signal whose input is known, clamps to 0..100, labels the result and says how much
// evidence it stands on (confidence). An account with only a handle and a follow date is still scored, from its
// name and its follow timing, with low confidence; only an account with nothing at all to go on stays "unknown".
import { behaviourSignals } from "./behaviour-signals";
import { confidenceFor, evidenceOf, missingWords, PROFILE_FIELDS } from "./evidence";
import { profileSignals, type SignalContext } from "./signals";
import { BOT_SCORE_VERSION, type BotLabel, type BotReason, type BotScore, type BotSignalInput } from "./types";

/** At 70 several independent strong tells agree (e.g. no avatar + mass following + zero videos + young). */
export const LIKELY_BOT_AT = 70;
/** At 40 at least two or three tells agree: worth a look, not a verdict. */
export const SUSPICIOUS_AT = 40;

export function labelFor(score: number): Exclude<BotLabel, "unknown"> {
  return score >= LIKELY_BOT_AT ? "likely-bot" : score >= SUSPICIOUS_AT ? "suspicious" : "likely-real";
}

const signals = [...behaviourSignals, ...profileSignals];

const byWeight = (a: BotReason, b: BotReason) => b.weight - a.weight || (a.signal < b.signal ? -1 : a.signal > b.signal ? 1 : 0);

export function scoreAccount(input: BotSignalInput, now: Date): BotScore {
  const evidence = evidenceOf(input);
  const ctx: SignalContext = { input, nowMs: now.getTime() };
  const reasons: BotReason[] = [];
  let total = 0;
  for (const signal of signals) {
    const r = signal(ctx);
    if (r) { reasons.push(r); total += r.weight; }
  }
  const nothingKnown = evidence.knownFields === 0 && !evidence.timingChecked && !evidence.cycleHistory;
  if (nothingKnown && reasons.length === 0) {
    const detail = "nothing to go on: no profile, no follow date, and the handle shows no tell";
    return { score: null, label: "unknown", confidence: null, reasons: [{ signal: "insufficient-data", value: 0, weight: 0, detail }], version: BOT_SCORE_VERSION };
  }
  if (evidence.knownFields === 0) {
    const from = evidence.timingChecked ? "name and follow timing" : "the name";
    reasons.push({ signal: "no-profile", value: 0, weight: 0, detail: `no profile: ${missingWords(evidence)} not known; judged on ${from} only` });
  } else if (evidence.knownFields < PROFILE_FIELDS.length) {
    reasons.push({ signal: "missing-fields", value: evidence.missing.length, weight: 0, detail: `not known, not counted: ${missingWords(evidence)}` });
  }
  reasons.sort(byWeight);
  const score = total < 0 ? 0 : total > 100 ? 100 : total;
  return { score, label: labelFor(score), confidence: confidenceFor(evidence), reasons, version: BOT_SCORE_VERSION };
}
