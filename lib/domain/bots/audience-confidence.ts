// How far the audience-quality figure can be trusted: the share of followers whose score stands on a profile or on
// follow history (medium or high confidence), and, where most followers have no profile at all, a plain sentence
// saying so with the real share.
import type { BotConfidence } from "./types";

export type ConfidenceCounts = { low: number; medium: number; high: number };

/** From this share of followers scored with medium or high confidence, the audience figure is itself medium... */
export const AUDIENCE_MEDIUM_AT = 0.5;
/** ...and from this share, high. */
export const AUDIENCE_HIGH_AT = 0.8;
/** More than this share of followers without a single profile field: say so in words. */
export const PROFILE_GAP_OVER = 0.5;

/** Share of scored followers (unknown ones have no confidence) scored with medium or high confidence; null if none. */
export function confidentShare(c: ConfidenceCounts): number | null {
  const scored = c.low + c.medium + c.high;
  return scored === 0 ? null : (c.medium + c.high) / scored;
}

export function audienceConfidence(share: number | null): BotConfidence | null {
  if (share === null) return null;
  return share >= AUDIENCE_HIGH_AT ? "high" : share >= AUDIENCE_MEDIUM_AT ? "medium" : "low";
}

/** A percentage that never rounds a part up to "100%" or down to "0%". */
export function partPercent(part: number, whole: number): string {
  if (part === whole) return "100%";
  const p = Math.round((part / whole) * 100);
  return `${Math.max(1, Math.min(99, p))}%`;
}

/**
 * "82% of your followers have only a handle and a follow date: …", or null while most followers have a profile
 * (or there are none).
 */
export function profileGapNote(noProfile: number, followers: number): string | null {
  if (followers === 0 || noProfile / followers <= PROFILE_GAP_OVER) return null;
  const who = noProfile === followers ? "All of your followers have" : `${partPercent(noProfile, followers)} of your followers have`;
  return `${who} only a handle and a follow date: their scores use name and timing evidence only (low confidence).`;
}
