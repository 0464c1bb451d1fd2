// Sums the points of every signal whose input is known, clamps to 0..100, labels the result and says how much
// evidence it stands on (confidence). An account with only a handle and a follow date is still scored, from its
// name and its follow timing, with low confidence; only an account with nothing at all to go on stays "unknown".
import { behaviourSignals } from "./behaviour-signals";
import { confidenceFor, evidenceOf, missingWords, PROFILE_FIELDS } from "./evidence";
import { profileSignals, type SignalContext } from "./signals";
import { BOT_SCORE_VERSION, type BotLabel, type BotReason, type BotScore, type BotSignalInput } from "./types";

// Both lines come from `npm run fit:bots` on the fit part of the Kaggle table (see eval/sources/kaggle), with the
// classes weighted to a 10% share of fakes (a creator's audience, not the table's 50%): likely-bot is the lowest
// score from which the weighted precision stays >= 0.9 (fit part: 0.91, recall 0.75); suspicious the lowest with
// weighted precision >= 0.7 (fit part: 0.75, recall 0.89).
export const LIKELY_BOT_AT = 71;
export const SUSPICIOUS_AT = 50;

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
    // A bucket the fit gave no weight (e.g. "private") says nothing about this account: not listed as a reason.
    if (r && r.weight !== 0) { reasons.push(r); total += r.weight; }
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
  const confidence = confidenceFor(evidence);
  // The weights were fitted on whole profiles; on a name, timing and a field or two the sum is not calibrated,
  // so low confidence is never a verdict.
  if (confidence === "low" && total >= LIKELY_BOT_AT) {
    reasons.push({ signal: "thin-evidence", value: total, weight: 0, detail: `held below likely-bot (${LIKELY_BOT_AT}): too little of the profile is known` });
    total = LIKELY_BOT_AT - 1;
  }
  reasons.sort(byWeight);
  const score = total < 0 ? 0 : total > 100 ? 100 : total;
  return { score, label: labelFor(score), confidence, reasons, version: BOT_SCORE_VERSION };
}
