// What a score can stand on for one account: which profile fields are known, whether its follow time was checked
// for coordinated batches, and whether we saw it follow and unfollow across snapshots. The confidence of a score
// follows from this alone, never from the score itself.
import type { BotConfidence, BotSignalInput } from "./types";

export const PROFILE_FIELDS = [
  "followerCount", "followingCount", "videoCount", "hasAvatar", "isPrivate", "bioLength", "accountCreatedAt", "lastPostAt",
] as const;

/** How each field is named to a creator ("no profile: followers, videos, avatar … not known"). */
const FIELD_WORDS: Record<(typeof PROFILE_FIELDS)[number], string> = {
  followerCount: "followers", followingCount: "following", videoCount: "videos", hasAvatar: "avatar",
  isPrivate: "privacy", bioLength: "bio", accountCreatedAt: "account age", lastPostAt: "last post",
};

/** From this many known profile fields a score rests on the profile, not on name and timing: medium confidence. */
export const MEDIUM_AT_FIELDS = 3;
/** Most of the eight fields known: high confidence. */
export const HIGH_AT_FIELDS = 6;

export type Evidence = {
  knownFields: number;
  missing: (typeof PROFILE_FIELDS)[number][];
  /** the follow date was known, so the account was checked for coordinated batches */
  timingChecked: boolean;
  /** we saw it follow and unfollow at least once across snapshots */
  cycleHistory: boolean;
};

function isKnown(v: number | boolean | Date | null | undefined): boolean {
  if (v === null || v === undefined) return false;
  if (v instanceof Date) return !Number.isNaN(v.getTime());
  return typeof v !== "number" || Number.isFinite(v);
}

export function evidenceOf(input: BotSignalInput): Evidence {
  const missing = PROFILE_FIELDS.filter((field) => !isKnown(input[field]));
  const cycles = input.followCycles;
  return {
    knownFields: PROFILE_FIELDS.length - missing.length,
    missing,
    timingChecked: input.batch !== undefined,
    cycleHistory: typeof cycles === "number" && Number.isFinite(cycles) && cycles >= 1,
  };
}

export function confidenceFor(e: Evidence): BotConfidence {
  if (e.knownFields >= HIGH_AT_FIELDS) return "high";
  return e.knownFields >= MEDIUM_AT_FIELDS || e.cycleHistory ? "medium" : "low";
}

/** The missing fields in a creator's words, in a fixed order. */
export const missingWords = (e: Evidence): string => e.missing.map((field) => FIELD_WORDS[field]).join(", ");
