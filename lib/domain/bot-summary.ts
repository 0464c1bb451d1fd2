// The bots page's summary, read from what each scoring run stores (bot_summaries.account_counts and reason_counts)
// rather than counted over a million scores per page view.
import { z } from "zod";
import { botConfidences, botLabels, type BotQuery } from "./bot-query";
import type { BotConfidence, BotLabel } from "./bots/types";

const count = z.number().int().min(0);
const cellSchema = z.object({ label: z.enum(botLabels), confidence: z.enum(botConfidences).nullable(), accounts: count });
const reasonSchema = z.object({
  signal: z.string().min(1),
  flagged: count,
  accounts: count,
  minPoints: z.number(),
  maxPoints: z.number(),
  example: z.string(),
});

/** Scored accounts with one label and one confidence (null: unknown, which has none). */
export type BotCountCell = z.infer<typeof cellSchema>;
/** One signal that added points: how many flagged (likely bot or suspicious) and how many accounts in all it fired for. */
export type BotReasonCount = z.infer<typeof reasonSchema>;

export type BotTally = {
  total: number;
  /** likely bots and suspicious accounts together */
  flagged: number;
  labels: Record<BotLabel, number>;
  confidence: Record<BotConfidence, number>;
};

/** The stored counts as written by a scoring run; null when absent (a summary written before they were stored) or malformed. */
export function parseCountCells(json: unknown): BotCountCell[] | null {
  const parsed = z.array(cellSchema).min(1).safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function parseReasonCounts(json: unknown): BotReasonCount[] {
  const parsed = z.array(reasonSchema).safeParse(json);
  return parsed.success ? parsed.data : [];
}

export function tallyCells(cells: BotCountCell[]): BotTally {
  const labels: Record<BotLabel, number> = { "likely-bot": 0, suspicious: 0, "likely-real": 0, unknown: 0 };
  const confidence: Record<BotConfidence, number> = { low: 0, medium: 0, high: 0 };
  for (const c of cells) {
    labels[c.label] += c.accounts;
    if (c.confidence) confidence[c.confidence] += c.accounts;
  }
  const total = Object.values(labels).reduce((a, b) => a + b, 0);
  return { total, flagged: labels["likely-bot"] + labels.suspicious, labels, confidence };
}

/** How many accounts a label tab and a confidence tab select together (a score range needs a count of its own). */
export function countSelected(cells: BotCountCell[], q: Pick<BotQuery, "label" | "confidence">): number {
  return cells
    .filter((c) => (q.label === "all" || c.label === q.label) && (q.confidence === "all" || c.confidence === q.confidence))
    .reduce((sum, c) => sum + c.accounts, 0);
}

/** The signals behind most flagged accounts, most first; none when nothing is flagged. */
export function topReasons(reasons: BotReasonCount[], limit = 5): BotReasonCount[] {
  return reasons
    .filter((r) => r.flagged > 0)
    .sort((a, b) => b.flagged - a.flagged || b.accounts - a.accounts || (a.signal < b.signal ? -1 : a.signal > b.signal ? 1 : 0))
    .slice(0, limit);
}

/**
 * A share for the summary: tenths under 10% (24 of 3,217 is "0.7%", not a rounded-up "1%"), whole percents above;
 * "0%" only for none and "100%" only for all (a part that exists never shows as 0.0%, nor a part short of all as 100%).
 */
export function sharePercent(part: number, whole: number): string {
  if (part === 0 || whole === 0) return "0%";
  if (part === whole) return "100%";
  const p = (part / whole) * 100;
  if (p < 9.95) return `${Math.max(0.1, Math.round(p * 10) / 10).toFixed(1)}%`;
  return `${Math.min(99, Math.round(p))}%`;
}
