import { suggestionReasons } from "@/lib/domain/manager/suggestion-reasons";
import type { SuggestionQuery } from "@/lib/domain/manager/suggestion-query";
import { graceCutoff, type SuggestionReason } from "@/lib/domain/manager/suggestion-rules";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { suggestionSql } from "./suggestion-sql";

export type SuggestionRow = {
  handle: string;
  handleKey: string;
  reasons: SuggestionReason[];
  followingSince: string;
  followsYou: boolean;
  videoCount: number | null;
  lastPostAt: string | null;
  score: number | null;
  label: string | null;
  /** unfollow when it is already on the unfollow list (the keep list is never suggested) */
  list: string | null;
};

export type SuggestionPage = {
  query: SuggestionQuery;
  rows: SuggestionRow[];
  total: number;
  /** the count stopped at COUNT_CAP: "10,000+" */
  totalIsLowerBound: boolean;
  /** accounts followed in the last 48 hours, never suggested */
  inGrace: number;
};

/** Counting every suggestion of a creator following 200k accounts is what a page view must not do: stop here. */
export const COUNT_CAP = 10_000;

type Raw = {
  handle: string;
  handle_key: string;
  follower_since: Date | null;
  following_since: Date;
  score: number | null;
  label: string | null;
  video_count: number | null;
  last_post_at: Date | null;
  list: string | null;
};

/** One page of unfollow suggestions with each account's context and reasons. */
export async function findSuggestions(scope: AccountScope, query: SuggestionQuery, now = new Date()): Promise<SuggestionPage> {
  const from = suggestionSql(scope, query.reason, query.search, now);
  const direction = query.sort.startsWith("-") ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const order = query.sort.endsWith("handle")
    ? Prisma.sql`r.handle_key ${direction}`
    : Prisma.sql`r.following_since ${direction}, r.handle_key ${direction}`;
  const [raw, counted, inGrace] = await Promise.all([
    db().$queryRaw<Raw[]>`
      SELECT r.handle, r.handle_key, r.follower_since, r.following_since, b.score, b.label, p.video_count, p.last_post_at, l.list
      ${from}
      ORDER BY ${order}
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 ${from} LIMIT ${COUNT_CAP + 1}) s`,
    db().relationship.count({ where: { trackedAccountId: scope.trackedAccountId, followingSince: { gt: graceCutoff(now) } } }),
  ]);
  const total = counted[0]?.n ?? 0;
  return {
    query,
    total: Math.min(total, COUNT_CAP),
    totalIsLowerBound: total > COUNT_CAP,
    inGrace,
    rows: raw.map((r) => ({
      handle: r.handle,
      handleKey: r.handle_key,
      // The SQL applied the same rules; the pure function names them for the chips.
      reasons: suggestionReasons(
        { followingSince: r.following_since, followerSince: r.follower_since, botLabel: r.label, lastPostAt: r.last_post_at, videoCount: r.video_count, list: r.list },
        now,
      ),
      followingSince: r.following_since.toISOString(),
      followsYou: r.follower_since !== null,
      videoCount: r.video_count,
      lastPostAt: r.last_post_at?.toISOString() ?? null,
      score: r.score,
      label: r.label,
      list: r.list,
    })),
  };
}
