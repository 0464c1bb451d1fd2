import { handleKey } from "@/lib/domain/handles";
import type { AccountBotScore, AccountHistory, FollowPeriod } from "@/lib/domain/view-types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Everything between the tracked account and one other handle: when each side followed and unfollowed. */
export async function getAccountHistory(scope: AccountScope, handle: string): Promise<AccountHistory | null> {
  const key = handleKey(handle);
  if (!key) return null;
  const tid = scope.trackedAccountId;
  const where = { trackedAccountId_handleKey: { trackedAccountId: tid, handleKey: key } };
  const [rel, intervals, profile, bot, list] = await Promise.all([
    db().relationship.findUnique({ where: { trackedAccountId_handleKey: { trackedAccountId: tid, handleKey: key } } }),
    db().followInterval.findMany({ where: { trackedAccountId: tid, handleKey: key }, orderBy: { since: "desc" } }),
    db().accountProfile.findUnique({ where: { platform_handleKey: { platform: scope.platform, handleKey: key } } }),
    db().botScore.findUnique({ where }),
    db().accountListEntry.findUnique({ where }),
  ]);
  if (!rel) return null;
  const open: FollowPeriod[] = [
    ...(rel.followerSince ? [{ direction: "follower" as const, since: rel.followerSince.toISOString(), untilAfter: null, untilBefore: null }] : []),
    ...(rel.followingSince ? [{ direction: "following" as const, since: rel.followingSince.toISOString(), untilAfter: null, untilBefore: null }] : []),
  ];
  const closed: FollowPeriod[] = intervals.map((i) => ({
    direction: i.direction === 1 ? "follower" : "following",
    since: i.since.toISOString(),
    untilAfter: i.untilAfter.toISOString(),
    untilBefore: i.untilBefore.toISOString(),
  }));
  return {
    handle: rel.handle,
    handleKey: rel.handleKey,
    isFollower: rel.followerSince !== null,
    isFollowing: rel.followingSince !== null,
    periods: [...open, ...closed].sort((a, b) => b.since.localeCompare(a.since)),
    bot: bot && {
      score: bot.score,
      label: bot.label,
      confidence: bot.confidence,
      version: bot.version,
      scoredAt: bot.scoredAt.toISOString(),
      reasons: bot.reasons as AccountBotScore["reasons"],
    },
    list: list?.list ?? null,
    profile: profile && {
      followerCount: profile.followerCount,
      followingCount: profile.followingCount,
      videoCount: profile.videoCount,
      hasAvatar: profile.hasAvatar,
      isPrivate: profile.isPrivate,
      bioLength: profile.bioLength,
      accountCreatedAt: iso(profile.accountCreatedAt),
      lastPostAt: iso(profile.lastPostAt),
    },
  };
}
