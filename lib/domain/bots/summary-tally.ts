// What a scoring run stores as its summary (bot_summaries), counted while the run scores, so no statement has to read
// a million scores and their reasons back. Followers get the overview's figures (labels, confidence, score deciles,
// how many had no profile at all); every scored account, follower or not, the bots page's label × confidence cells
// and, for each signal that added points, how many accounts it fired for and how many of them are flagged.
import type { BotConfidence, BotLabel, BotScore } from "./types";

/** Scored accounts with one label and one confidence (null: unknown, which has none). */
export type BotCountCell = { label: BotLabel; confidence: BotConfidence | null; accounts: number };
/** One signal that added points: how many flagged and how many accounts in all it fired for, its points, one detail. */
export type BotReasonCount = { signal: string; flagged: number; accounts: number; minPoints: number; maxPoints: number; example: string };

export type SummaryCounts = {
  likelyReal: number;
  suspicious: number;
  likelyBot: number;
  unknown: number;
  lowConfidence: number;
  mediumConfidence: number;
  highConfidence: number;
  noProfile: number;
  /** follower counts per score decile: [0–9, 10–19, …, 90–100] */
  histogram: number[];
  /** by label, then confidence (low, medium, high, none) */
  accountCounts: BotCountCell[];
  /** most flagged first, then most accounts, then by name */
  reasonCounts: BotReasonCount[];
};

const CONFIDENCE_ORDER: (BotConfidence | null)[] = ["low", "medium", "high", null];
const isFlagged = (label: BotLabel) => label === "likely-bot" || label === "suspicious";
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function createSummaryTally() {
  const labels: Record<BotLabel, number> = { "likely-real": 0, suspicious: 0, "likely-bot": 0, unknown: 0 };
  const confidence: Record<BotConfidence, number> = { low: 0, medium: 0, high: 0 };
  const histogram = Array.from({ length: 10 }, () => 0);
  const cells = new Map<string, BotCountCell>();
  const reasons = new Map<string, BotReasonCount>();
  let noProfile = 0;

  return {
    /** Counts one account's score; `follower`: it follows the tracked account now. */
    add(result: BotScore, follower: boolean) {
      const key = `${result.label}/${result.confidence}`;
      const cell = cells.get(key);
      if (cell) cell.accounts++;
      else cells.set(key, { label: result.label, confidence: result.confidence, accounts: 1 });
      const flagged = isFlagged(result.label);
      for (const r of result.reasons) {
        if (r.weight <= 0) continue;
        const seen = reasons.get(r.signal);
        if (!seen) {
          reasons.set(r.signal, { signal: r.signal, flagged: flagged ? 1 : 0, accounts: 1, minPoints: r.weight, maxPoints: r.weight, example: r.detail });
          continue;
        }
        seen.accounts++;
        if (flagged) seen.flagged++;
        if (r.weight < seen.minPoints) seen.minPoints = r.weight;
        if (r.weight > seen.maxPoints) seen.maxPoints = r.weight;
        if (r.detail < seen.example) seen.example = r.detail;
      }
      if (!follower) return;
      labels[result.label]++;
      if (result.confidence) confidence[result.confidence]++;
      if (result.score !== null) histogram[Math.min(Math.floor(result.score / 10), 9)]!++;
      if (result.reasons.some((r) => r.signal === "no-profile")) noProfile++;
    },

    result(): SummaryCounts {
      const accountCounts = [...cells.values()].sort((a, b) =>
        byCodeUnit(a.label, b.label) || CONFIDENCE_ORDER.indexOf(a.confidence) - CONFIDENCE_ORDER.indexOf(b.confidence));
      const reasonCounts = [...reasons.values()].sort((a, b) => b.flagged - a.flagged || b.accounts - a.accounts || byCodeUnit(a.signal, b.signal));
      return {
        likelyReal: labels["likely-real"], suspicious: labels.suspicious, likelyBot: labels["likely-bot"], unknown: labels.unknown,
        lowConfidence: confidence.low, mediumConfidence: confidence.medium, highConfidence: confidence.high,
        noProfile, histogram, accountCounts, reasonCounts,
      };
    },
  };
}
