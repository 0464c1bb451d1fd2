import { BOT_LIKE_LABELS, inactiveCutoff, isInGracePeriod, type SuggestionReason } from "./suggestion-rules";

/** What is known about one account the tracked account may follow (relationship, bot score, profile, list). */
export type SuggestionFacts = {
  followingSince: Date | null;
  followerSince: Date | null;
  botLabel: string | null;
  lastPostAt: Date | null;
  videoCount: number | null;
  /** the list it is on: keep | unfollow | remove */
  list: string | null;
};

/**
 * Why an account is suggested for unfollowing; empty when it is not: not followed, followed in the last 48 hours
 * (grace period) or on the keep list. Inactive needs evidence: an old last post or no videos at all, not a profile
 * we know nothing about.
 */
export function suggestionReasons(facts: SuggestionFacts, now: Date): SuggestionReason[] {
  if (!facts.followingSince || isInGracePeriod(facts.followingSince, now) || facts.list === "keep") return [];
  const reasons: SuggestionReason[] = [];
  if (!facts.followerSince) reasons.push("not-following-back");
  if (facts.botLabel && (BOT_LIKE_LABELS as readonly string[]).includes(facts.botLabel)) reasons.push("bot-like");
  if ((facts.lastPostAt && facts.lastPostAt.getTime() < inactiveCutoff(now).getTime()) || facts.videoCount === 0) reasons.push("inactive");
  return reasons;
}
