import type { BotQuery } from "@/lib/domain/bot-query";
import { countSelected } from "@/lib/domain/bot-summary";
import type { BotConfidence, BotReason } from "@/lib/domain/bots/types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { BotSummary } from "./get-bot-summary";

export type BotRow = {
  handle: string;
  handleKey: string;
  score: number | null;
  label: string;
  confidence: BotConfidence | null;
  reasons: BotReason[];
  version: number;
  isFollower: boolean;
  isFollowing: boolean;
  list: string | null;
};

export type BotPage = { rows: BotRow[]; total: number; query: BotQuery };

export function botWhere(scope: AccountScope, q: BotQuery): Prisma.BotScoreWhereInput {
  const range = q.min > 0 || q.max < 100 ? { score: { gte: q.min, lte: q.max } } : {};
  return {
    trackedAccountId: scope.trackedAccountId,
    ...(q.label === "all" ? {} : { label: q.label }),
    ...(q.confidence === "all" ? {} : { confidence: q.confidence }),
    ...range,
  };
}

function botOrder(q: BotQuery): Prisma.BotScoreOrderByWithRelationInput[] {
  const byKey = { handleKey: "asc" } as const;
  if (q.sort === "score" || q.sort === "-score") return [{ score: { sort: q.sort === "score" ? "asc" : "desc", nulls: "last" } }, byKey];
  // The enum is declared low, medium, high, so the database sorts it by rising evidence; worst score first within.
  return [{ confidence: { sort: q.sort === "confidence" ? "asc" : "desc", nulls: "last" } }, { score: { sort: "desc", nulls: "last" } }, byKey];
}

/**
 * One page of scored accounts, worst first by default, with their reasons, connection and list membership.
 * The page's keys are read first (an index-only range on the worst-first indexes, so a deep page skips index
 * entries, not rows), then their rows by key. The total comes from the scoring run's stored counts when they are of
 * the scores in place and no score range is set; otherwise it is counted.
 */
export async function findBotScores(scope: AccountScope, q: BotQuery, summary: BotSummary | null = null): Promise<BotPage> {
  const where = botWhere(scope, q);
  const ranged = q.min > 0 || q.max < 100;
  const [pageKeys, total] = await Promise.all([
    db().botScore.findMany({ where, orderBy: botOrder(q), skip: (q.page - 1) * q.pageSize, take: q.pageSize, select: { handleKey: true } }),
    summary?.current && !ranged ? countSelected(summary.cells, q) : db().botScore.count({ where }),
  ]);
  const keys = pageKeys.map((k) => k.handleKey);
  const [found, relationships, lists] = await Promise.all([
    db().botScore.findMany({ where: { trackedAccountId: scope.trackedAccountId, handleKey: { in: keys } } }),
    db().relationship.findMany({ where: { trackedAccountId: scope.trackedAccountId, handleKey: { in: keys } } }),
    db().accountListEntry.findMany({ where: { trackedAccountId: scope.trackedAccountId, handleKey: { in: keys } } }),
  ]);
  const byKey = new Map(found.map((s) => [s.handleKey, s]));
  const scores = keys.flatMap((k) => byKey.get(k) ?? []);
  const rel = new Map(relationships.map((r) => [r.handleKey, r]));
  const list = new Map(lists.map((l) => [l.handleKey, l.list]));
  return {
    query: q,
    total,
    rows: scores.map((s) => ({
      handle: rel.get(s.handleKey)?.handle ?? s.handleKey,
      handleKey: s.handleKey,
      score: s.score,
      label: s.label,
      confidence: s.confidence,
      reasons: s.reasons as BotReason[],
      version: s.version,
      isFollower: rel.get(s.handleKey)?.followerSince != null,
      isFollowing: rel.get(s.handleKey)?.followingSince != null,
      list: list.get(s.handleKey) ?? null,
    })),
  };
}
