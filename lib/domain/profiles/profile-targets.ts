// What a column of a profile file can be read as. `bio` and `bioLength` both fill the stored bio length: one from
// the text (only its length is kept, never the text), one from a number the file already counted.

export const PROFILE_TARGETS = [
  "handle", "followerCount", "followingCount", "videoCount", "hasAvatar", "isPrivate", "bio", "bioLength", "accountCreatedAt", "lastPostAt",
] as const;
export type ProfileTarget = (typeof PROFILE_TARGETS)[number];

/** The fields of a stored profile (account_profiles), which the targets fill. */
export type ProfileField = Exclude<ProfileTarget, "handle" | "bio">;
export const PROFILE_FIELDS: readonly ProfileField[] = [
  "followerCount", "followingCount", "videoCount", "hasAvatar", "isPrivate", "bioLength", "accountCreatedAt", "lastPostAt",
];

/** The stored field a target fills (null for the handle, which is the key). */
export function fieldOf(target: ProfileTarget): ProfileField | null {
  if (target === "handle") return null;
  return target === "bio" ? "bioLength" : target;
}

/** How a target is named to a creator in the preview. */
export const TARGET_LABELS: Record<ProfileTarget, string> = {
  handle: "handle",
  followerCount: "followers",
  followingCount: "following",
  videoCount: "posts / videos",
  hasAvatar: "avatar",
  isPrivate: "private",
  bio: "bio (text: only its length is kept)",
  bioLength: "bio length",
  accountCreatedAt: "account created",
  lastPostAt: "last post",
};

export const FIELD_LABELS: Record<ProfileField, string> = {
  followerCount: "followers",
  followingCount: "following",
  videoCount: "posts / videos",
  hasAvatar: "avatar",
  isPrivate: "private",
  bioLength: "bio length",
  accountCreatedAt: "account created",
  lastPostAt: "last post",
};

export type CountTarget = "followerCount" | "followingCount" | "videoCount" | "bioLength";

/**
 * The largest count we believe. The biggest accounts have a few hundred million followers; TikTok lets an account
 * follow 10,000 and Instagram 7,500, so a following count past a million is a misread column (a user id, a like
 * count); bios are capped at 80 (TikTok) and 150 (Instagram) characters. All fit the stored 32-bit integers.
 */
export const COUNT_CAPS: Record<CountTarget, number> = {
  followerCount: 1_000_000_000,
  followingCount: 1_000_000,
  videoCount: 1_000_000,
  bioLength: 10_000,
};

export function isProfileTarget(value: string): value is ProfileTarget {
  return (PROFILE_TARGETS as readonly string[]).includes(value);
}
