/** What applying an import would do, computed before anything is written. */
export type ImportPreview = {
  /** null where the export has no such section */
  newFollowers: number | null;
  lostFollowers: number | null;
  newFollowing: number | null;
  lostFollowing: number | null;
  /** the snapshot lands before the account's latest one: history after it is recomputed */
  insertsBefore: string | null;
  /** why this looks like an interrupted export, or null */
  partial: PartialReason | null;
  /** the account's own unfollows recorded by the export (Instagram's recently unfollowed) */
  unfollowedRecorded: number;
};

export type PartialReason = {
  list: "followers" | "following";
  found: number;
  /** what we compared with: the previous snapshot, or the export's own profile count */
  expected: number;
  against: "previous-snapshot" | "profile-count";
};
