import type { AccountProfileInput } from "../types";

/**
 * Bump whenever a signal, weight or threshold changes: stored scores carry the version that made them, so a
 * dashboard can tell an old score from a new one (and re-score) instead of comparing incomparable numbers.
 */
export const BOT_SCORE_VERSION = 3;

export type BotLabel = "likely-bot" | "suspicious" | "likely-real" | "unknown";

/** How much evidence a score stands on (see evidence.ts): low = name and follow timing only. */
export type BotConfidence = "low" | "medium" | "high";

/** Membership in a group of look-alike accounts that followed within a short window (see find-batches). */
export type BatchMembership = { id: string; size: number; windowMinutes: number };

/** The public profile fields (any may be unknown) plus behaviour seen in our own history. */
export type BotSignalInput = AccountProfileInput & {
  /** undefined = no follow date, so not checked; null = checked (the follow date is known), not in a batch */
  batch?: BatchMembership | null;
  followCycles?: number | null; // times this account followed then unfollowed the tracked account
  /** digits / length of the handle when the handle itself is withheld (anonymised public sets give only this) */
  handleDigitShare?: number | null;
};

/** One signal that counted: its observed value, the points it added (negative = real-looking) and why. */
export type BotReason = { signal: string; value: string | number | boolean | null; weight: number; detail: string };

/** score and confidence are null (label "unknown") only when there is no evidence at all to score from. */
export type BotScore = { score: number | null; label: BotLabel; confidence: BotConfidence | null; reasons: BotReason[]; version: number };
