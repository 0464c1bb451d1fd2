import { BOT_LIKE_LABELS, graceCutoff, inactiveCutoff, type SuggestionReason } from "@/lib/domain/manager/suggestion-rules";
import type { AccountScope } from "../access/account-scope";
import { Prisma } from "../generated/prisma/client";

/**
 * FROM and WHERE of the unfollow suggestions: the same rules as suggestionReasons (lib/domain/manager), applied in
 * SQL. It starts from the range of relationships(tracked_account_id, following_since) before the grace cut-off and
 * looks each row up by primary key in bot_scores, account_profiles and account_list_entries, so a page in follow
 * order (or handle order, the primary key) stops reading once it has its rows.
 */
export function suggestionSql(scope: AccountScope, reason: SuggestionReason | "all", search: string, now: Date) {
  const notFollowingBack = Prisma.sql`r.follower_since IS NULL`;
  const botLike = Prisma.sql`b.label IN (${Prisma.join([...BOT_LIKE_LABELS])})`;
  const inactive = Prisma.sql`(p.last_post_at < ${inactiveCutoff(now)}::timestamptz OR p.video_count = 0)`;
  const byReason = {
    all: Prisma.sql`(${notFollowingBack} OR ${botLike} OR ${inactive})`,
    "not-following-back": notFollowingBack,
    "bot-like": botLike,
    inactive,
  }[reason];
  // Prisma's startsWith escapes nothing either: "_" (common in handles) must not act as a LIKE wildcard.
  const prefix = search ? Prisma.sql`AND r.handle_key LIKE ${search.replace(/[\\%_]/g, "\\$&") + "%"}` : Prisma.empty;
  return Prisma.sql`
    FROM relationships r
    LEFT JOIN bot_scores b ON b.tracked_account_id = r.tracked_account_id AND b.handle_key = r.handle_key
    LEFT JOIN account_profiles p ON p.platform = ${scope.platform} AND p.handle_key = r.handle_key
    LEFT JOIN account_list_entries l ON l.tracked_account_id = r.tracked_account_id AND l.handle_key = r.handle_key
    WHERE r.tracked_account_id = ${scope.trackedAccountId}
      AND r.following_since <= ${graceCutoff(now)}::timestamptz
      AND (l.list IS NULL OR l.list <> 'keep')
      AND ${byReason}
      ${prefix}`;
}
