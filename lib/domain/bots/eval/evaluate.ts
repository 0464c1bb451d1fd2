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
  unknownShare: number;
};

export type Scored = LabelledAccount & { result: BotScore };

export function scoreAll(cases: readonly LabelledAccount[], now: Date): Scored[] {
  return cases.map((c) => ({ ...c, result: scoreAccount(c.input, now) }));
}

export function summarise(set: string, scored: readonly Scored[]): EvalSummary {
  const withScore = scored.filter((s) => s.result.score !== null);
  return {
    set,
    n: scored.length,
    bots: scored.filter((s) => s.bot).length,
    auc: rocAuc(withScore.map((s) => s.result.score ?? 0), withScore.map((s) => s.bot)),
    precision: precisionAt(scored, (s) => s.result.label === "likely-bot"),
    recall: recallAt(scored, (s) => s.result.label === "likely-bot"),
    flaggedRecall: recallAt(scored, (s) => s.result.label === "likely-bot" || s.result.label === "suspicious"),
    unknownShare: scored.length === 0 ? 0 : (scored.length - withScore.length) / scored.length,
  };
}
