// The rules of the Following Manager's unfollow suggestions, shared by the pure check and the SQL that applies them
// at scale (lib/server/manager/suggestion-sql.ts).

/** A fresh follow gets time to be followed back: the first 48 hours it is never suggested. */
export const GRACE_PERIOD_HOURS = 48;
/** No post for this long reads as an inactive account. */
export const INACTIVE_AFTER_DAYS = 90;
/** Bot score labels that count as bot-like for a suggestion ("unknown" is too little to go on). */
export const BOT_LIKE_LABELS = ["likely-bot", "suspicious"] as const;

export const suggestionReasonKinds = ["not-following-back", "bot-like", "inactive"] as const;
export type SuggestionReason = (typeof suggestionReasonKinds)[number];

export const suggestionReasonNames: Record<SuggestionReason, string> = {
  "not-following-back": "Not following back",
  "bot-like": "Bot-like",
  inactive: "Inactive",
};

const HOUR_MS = 3_600_000;

/** Follows after this instant are in the grace period; one followed exactly 48 hours ago no longer is. */
export function graceCutoff(now: Date): Date {
  return new Date(now.getTime() - GRACE_PERIOD_HOURS * HOUR_MS);
}

/** A last post before this instant makes an account inactive. */
export function inactiveCutoff(now: Date): Date {
  return new Date(now.getTime() - INACTIVE_AFTER_DAYS * 24 * HOUR_MS);
}

export function isInGracePeriod(followingSince: Date, now: Date): boolean {
  return followingSince.getTime() > graceCutoff(now).getTime();
}
