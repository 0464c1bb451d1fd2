// Shapes the data layer returns to pages and components (plain, serializable; dates as ISO strings).
import type { RelationshipKind } from "./types";

export type TrackedAccountSummary = { handle: string; platform: string; lastSnapshotAt: string | null };

export type OverviewCounts = {
  followers: number;
  following: number;
  mutuals: number;
  fans: number;
  notFollowingBack: number;
  /** net follower change over the window, and over the window before it (null when history is too short) */
  net7: { value: number; previous: number | null };
  net28: { value: number; previous: number | null };
  lastSnapshotAt: string | null;
  firstSnapshotAt: string | null;
};

/** One day of the follower history. Days before the first snapshot only count followers who still follow. */
export type DailyPoint = {
  day: string; // YYYY-MM-DD (UTC)
  followers: number;
  following: number;
  gained: number;
  lost: number;
  /** true for days before the first snapshot: reconstructed from follow dates of current followers */
  reconstructed: boolean;
  /** the same day of the period before the chart's (null where that period has no history) */
  previous?: { day: string; followers: number; gained: number; lost: number } | null;
};

/** A chart's days, the days it compares with, and the latest change before it when it shows none. */
export type DailySeries = {
  points: DailyPoint[];
  window: { from: string; to: string } | null;
  previousWindow: { from: string; to: string } | null;
  lastDay: string | null;
  /** the last day with a gain or loss before the window, when the window has none */
  lastChangeBefore: string | null;
};

export type RelationshipRow = {
  handle: string;
  handleKey: string;
  followerSince: string | null;
  followingSince: string | null;
  /** the window in which they last stopped following */
  followerLostAfter: string | null;
  followerLostBefore: string | null;
  /** bot-likeness label when scored (pages only; exports leave it out) */
  botLabel?: string | null;
};

export type RelationshipSort = "handle" | "-handle" | "date" | "-date";

export type RelationshipPage = {
  kind: RelationshipKind;
  rows: RelationshipRow[];
  page: number;
  pageSize: number;
  total: number;
  /** true when a search matched more rows than were counted: `total` is then a lower bound */
  totalIsLowerBound: boolean;
  sort: RelationshipSort;
  search: string;
};

export type FollowPeriod = {
  direction: "follower" | "following";
  since: string;
  /** null while it holds */
  untilAfter: string | null;
  untilBefore: string | null;
};

export type AccountBotScore = {
  score: number | null;
  label: string;
  confidence: string | null;
  version: number;
  scoredAt: string;
  reasons: { signal: string; value: string | number | boolean | null; weight: number; detail: string }[];
};

export type AccountHistory = {
  handle: string;
  /** the latest bot-likeness score, with its reasons; null before scoring */
  bot: AccountBotScore | null;
  /** the creator's list this handle is on, if any */
  list: string | null;
  handleKey: string;
  isFollower: boolean;
  isFollowing: boolean;
  periods: FollowPeriod[];
  profile: {
    followerCount: number | null;
    followingCount: number | null;
    videoCount: number | null;
    hasAvatar: boolean | null;
    isPrivate: boolean | null;
    bioLength: number | null;
    accountCreatedAt: string | null;
    lastPostAt: string | null;
  } | null;
};
