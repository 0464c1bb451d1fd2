import { parseCountCells, parseReasonCounts, tallyCells, type BotCountCell, type BotReasonCount, type BotTally } from "@/lib/domain/bot-summary";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

export type BotSummary = {
  tally: BotTally;
  cells: BotCountCell[];
  reasons: BotReasonCount[];
  /** the counts are of the scores in the table (the run that stored them is the one whose scores are in place) */
  current: boolean;
};

/**
 * The label, confidence and reason counts of every scored account, as the last scoring run stored them (two reads
 * by key); null before the first run, or for a summary stored before these counts were (a rescore adds them).
 */
export async function getBotSummary(scope: AccountScope): Promise<BotSummary | null> {
  const trackedAccountId = scope.trackedAccountId;
  const [summary, anyScore] = await Promise.all([
    db().botSummary.findUnique({ where: { trackedAccountId }, select: { scoredAt: true, accountCounts: true, reasonCounts: true } }),
    // A run swaps all of its scores in with one time: any one row tells which run is in place.
    db().botScore.findFirst({ where: { trackedAccountId }, select: { scoredAt: true } }),
  ]);
  const cells = summary ? parseCountCells(summary.accountCounts) : null;
  if (!summary || !cells) return null;
  const tally = tallyCells(cells);
  return {
    tally,
    cells,
    reasons: parseReasonCounts(summary.reasonCounts),
    current: anyScore ? anyScore.scoredAt.getTime() === summary.scoredAt.getTime() : tally.total === 0,
  };
}
