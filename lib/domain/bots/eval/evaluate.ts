// Scores a labelled set and summarises it: ranking quality over the cases that got a score, and how the
// "likely-bot" label performs (unknown counts as not flagged, so refusing to guess costs recall, never precision).
import { scoreAccount } from "../score-account";
import type { BotScore } from "../types";
import type { LabelledAccount } from "./labelled-row";
import { precisionAt, recallAt, rocAuc } from "./metrics";

export type EvalSummary = {
  set: string;
  n: number;
  bots: number;
  /** ROC-AUC over cases that got a score; null if one class is absent */
  auc: number | null;
  /** share of cases labelled likely-bot that are bots */
  precision: number | null;
  /** share of all bots labelled likely-bot */
  recall: number | null;
  /** share of all bots labelled likely-bot or suspicious */
  flaggedRecall: number | null;
  /** share of cases labelled likely-bot or suspicious that are bots (the rest are real accounts flagged) */
  flaggedPrecision: number | null;
  unknownShare: number;
  /** precision(likely-bot) and precision(≥suspicious) with the classes re-weighted to PRIOR fakes */
  priorPrecision: number | null;
  priorFlaggedPrecision: number | null;
};

/** The share of fakes assumed in a creator's real audience, for the re-weighted precisions. */
export const PRIOR = 0.1;

/** Precision with bots re-weighted to make up `prior` of the set: the same recall over the false-positive rate. */
function reweighted<T extends Scored>(scored: readonly T[], predicate: (s: T) => boolean, prior: number): number | null {
  const tpr = recallAt(scored, predicate);
  const reals = scored.filter((s) => !s.bot);
  const fpr = reals.length === 0 ? null : reals.filter(predicate).length / reals.length;
  if (tpr === null || fpr === null || tpr + fpr === 0) return null;
  return (tpr * prior) / (tpr * prior + fpr * (1 - prior));
}

export type Scored = LabelledAccount & { result: BotScore };

export function scoreAll(cases: readonly LabelledAccount[], now: Date): Scored[] {
  return cases.map((c) => ({ ...c, result: scoreAccount(c.input, now) }));
}

/**
 * The same cases as a handles-and-follow-dates export gives them (a real TikTok export): the handle, whether the
 * follow fell in a coordinated batch (the dates are known, so "not in a batch" is known too) and any follow cycles;
 * every profile field unknown. A set that withholds handles keeps the digit share it gives instead.
 */
export function withoutProfiles(cases: readonly LabelledAccount[]): LabelledAccount[] {
  return cases.map((c) => {
    const { handle, handleDigitShare } = c.input;
    const input: LabelledAccount["input"] = { handle, batch: c.input.batch ?? null, followCycles: c.input.followCycles ?? null };
    if (handleDigitShare !== undefined) input.handleDigitShare = handleDigitShare; // what a withheld handle shows
    return { ...c, input };
  });
}

export function summarise(set: string, scored: readonly Scored[]): EvalSummary {
  const withScore = scored.filter((s) => s.result.score !== null);
  const flagged = (s: Scored) => s.result.label === "likely-bot" || s.result.label === "suspicious";
  return {
    set,
    n: scored.length,
    bots: scored.filter((s) => s.bot).length,
    auc: rocAuc(withScore.map((s) => s.result.score ?? 0), withScore.map((s) => s.bot)),
    precision: precisionAt(scored, (s) => s.result.label === "likely-bot"),
    recall: recallAt(scored, (s) => s.result.label === "likely-bot"),
    flaggedRecall: recallAt(scored, flagged),
    flaggedPrecision: precisionAt(scored, flagged),
    unknownShare: scored.length === 0 ? 0 : (scored.length - withScore.length) / scored.length,
    priorPrecision: reweighted(scored, (s) => s.result.label === "likely-bot", PRIOR),
    priorFlaggedPrecision: reweighted(scored, flagged, PRIOR),
  };
}
