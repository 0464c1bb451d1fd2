// The follow anomalies of DOMAIN.md §5: what the detectors read and what they report. Pure data, no I/O.

export const anomalyKinds = [
  "follow-not-registered",
  "unexpected-unfollow",
  "unfollow-not-applied",
  "mass-unfollow-spike",
  "follower-burst",
  "churn-ring",
  "partial-snapshot",
  "platform-incident",
] as const;
export type AnomalyKind = (typeof anomalyKinds)[number];

export const severities = ["low", "medium", "high"] as const;
export type Severity = (typeof severities)[number];

export const anomalyStatuses = ["open", "acknowledged", "resolved", "dismissed"] as const;
export type AnomalyStatus = (typeof anomalyStatuses)[number];

/** One point of an evidence series: a day (YYYY-MM-DD, UTC) or a snapshot time (ISO), and its value. */
export type EvidencePoint = { at: string; value: number; inWindow: boolean };

/** What a person reads to judge an anomaly: a few labelled numbers and, where there is one, the series around it. */
export type Evidence = {
  facts: { label: string; value: string }[];
  series: {
    label: string;
    unit: string;
    points: EvidencePoint[];
    /** the account's usual level (median) and the line it crossed, when the anomaly is a spike */
    baseline: number | null;
    threshold: number | null;
  } | null;
};

export type InvolvedAccount = { handleKey: string; handle: string; detail: string | null };

/** What a detector reports. The key names what it is about, so running the detectors again never raises it twice. */
export type DetectedAnomaly = {
  kind: AnomalyKind;
  key: string;
  severity: Severity;
  windowStart: Date;
  windowEnd: Date;
  /** plain words, e.g. "14 accounts on your keep list disappeared from your following between 3 and 4 May …" */
  summary: string;
  accounts: InvolvedAccount[];
  /** every account involved, when `accounts` was capped */
  accountCount: number;
  evidence: Evidence;
  snapshotIds: number[];
};

/** One applied snapshot of the tracked account, oldest first. Counts are after it was applied. */
export type SnapshotPoint = {
  id: number;
  takenAt: Date;
  hasFollowers: boolean;
  hasFollowing: boolean;
  followerCount: number;
  followingCount: number;
  gainedFollowers: number;
  lostFollowers: number;
  gainedFollowing: number;
  lostFollowing: number;
  /** the import flagged it as probably incomplete and the creator applied it anyway */
  flaggedPartial: boolean;
};

/** A follow or unfollow someone recorded (Following Manager, API push, Instagram's recently unfollowed). */
export type FollowIntent = {
  id: number;
  handleKey: string;
  handle: string;
  /** 1: they follow the tracked account; 2: the tracked account follows them */
  direction: 1 | 2;
  action: "follow" | "unfollow";
  origin: "user" | "system";
  occurredAt: Date;
  /** was the edge there in the first snapshots (with that list) taken after the intent? oldest first, at most 2 */
  checks: { snapshotId: number; takenAt: Date; present: boolean }[];
};

/** A follow of the tracked account's that ended (it was in one snapshot and gone in the next). */
export type LostFollowing = {
  handleKey: string;
  handle: string;
  /** last snapshot that had it, first snapshot that did not */
  lostAfter: Date;
  lostBefore: Date;
  /** when it went on the keep list, if it is on it */
  keptSince: Date | null;
};

/** An import flagged as probably incomplete (held for review, or applied after the creator confirmed). */
export type FlaggedImport = {
  importId: number;
  snapshotId: number | null;
  status: string;
  takenAt: Date;
  list: "followers" | "following";
  found: number;
  expected: number;
  against: "profile-count" | "previous-snapshot";
};

/** The bot labels of the followers who arrived between two snapshots (for a follower burst). */
export type ArrivalLabels = { snapshotId: number; likelyBot: number; suspicious: number; likelyReal: number; unknown: number; createdTogether: number };

/** A follower who left at least twice: the times each of their follows ended (first snapshot without them). */
export type Churner = { handleKey: string; handle: string; losses: Date[]; rejoins: Date[] };

/** An anomaly of one tracked account, as the platform-incident detector sees it. */
export type AccountAnomalyRef = { trackedAccountId: number; handle: string; kind: AnomalyKind; windowStart: Date; windowEnd: Date; accountCount: number };
