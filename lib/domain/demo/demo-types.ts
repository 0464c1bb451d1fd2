export type DemoOptions = {
  /** same seed => identical output */
  seed: number;
  /** approximate follower count at the end */
  followers: number;
  /** approximate following count at the end */
  following: number;
  /** number of daily snapshots */
  days: number;
  /** takenAt of the last snapshot; snapshot i is at endDate - (days-1-i) days */
  endDate: Date;
  /** the creator's own handle, never in its own lists */
  trackedHandle?: string;
};

/** What the generator planted, for tests and for the UI text. */
export type DemoScript = {
  /** snapshot index with a big organic gain */
  viralDay: number;
  /** snapshot index where many followers (several times the normal daily loss) leave */
  massUnfollowDay: number;
  /** snapshot index where a burst of bot-like followers arrives */
  botBurstDay: number;
  /** handles of the burst accounts */
  botHandles: string[];
  /** follow-for-follow accounts that follow then unfollow within a few days, some repeatedly */
  churnerHandles: string[];
};
