/** One row of a follower or following list as an export or push gives it. */
export type SnapshotEntry = {
  handle: string;
  /** when this follow began, if the source says (TikTok's export `Date`); null = unknown, use first seen */
  since: Date | null;
};

/** Public profile fields of any handle; every field may be unknown. */
export type AccountProfileInput = {
  handle: string;
  followerCount?: number | null;
  followingCount?: number | null;
  videoCount?: number | null;
  hasAvatar?: boolean | null;
  isPrivate?: boolean | null;
  bioLength?: number | null;
  accountCreatedAt?: Date | null;
  lastPostAt?: Date | null;
};

/** The follower and/or following list of one tracked account at one moment. */
export type SnapshotInput = {
  takenAt: Date;
  source: string;
  /** null: this snapshot has no follower section ("no data", not zero followers) */
  followers: SnapshotEntry[] | null;
  following: SnapshotEntry[] | null;
  profiles?: AccountProfileInput[];
};

/** 1: they follow the tracked account; 2: the tracked account follows them. */
export type Direction = 1 | 2;

export type RelationshipKind =
  | "followers"
  | "following"
  | "mutuals"
  | "not-following-back"
  | "fans"
  | "new-followers"
  | "lost-followers";

export const relationshipKinds: readonly RelationshipKind[] = [
  "followers",
  "following",
  "mutuals",
  "not-following-back",
  "fans",
  "new-followers",
  "lost-followers",
];
