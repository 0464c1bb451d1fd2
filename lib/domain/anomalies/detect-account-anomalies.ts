import { detectChurnRings } from "./detect-churn-rings";
import { detectFollowerBursts } from "./detect-follower-bursts";
import { detectIntentAnomalies } from "./detect-intent-anomalies";
import { detectKeepListLosses } from "./detect-keep-list-losses";
import { detectMassUnfollowSpikes } from "./detect-mass-unfollow-spikes";
import { detectPartialSnapshots } from "./detect-partial-snapshots";
import { detectSystemUnfollows } from "./detect-system-unfollows";
import type { ArrivalLabels, Churner, DetectedAnomaly, FlaggedImport, FollowIntent, LostFollowing, SnapshotPoint } from "./types";

export { MAX_ANOMALY_ACCOUNTS } from "./involved-accounts";

export type AccountDetectionInput = {
  trackedAccountId: number;
  /** the tracked account's handle, for the words */
  handle: string;
  now: Date;
  /** every applied snapshot, oldest first */
  snapshots: SnapshotPoint[];
  /** user-origin intents about the account's own follows, with their checks, and every system-origin unfollow */
  intents: FollowIntent[];
  /** every ended follow of the account's of a handle on its keep list */
  lostFollowing: LostFollowing[];
  flaggedImports: FlaggedImport[];
  /** the labels of the arrivals at the snapshots findBurstCandidates returned (others absent) */
  arrivalLabels: ArrivalLabels[];
  /** followers whose follow ended at least twice */
  churners: Churner[];
  /** share (0..1) of likely bots and suspicious accounts among the account's scored followers; null unknown */
  botShare: number | null;
};

/**
 * Every anomaly one tracked account's history shows, from its first snapshot on. Pure and deterministic: the same
 * input gives the same anomalies with the same keys, so the data layer can run it after every snapshot.
 * `now` is not needed by any account rule yet (all are judged by the snapshots that exist); it stays in the input
 * so a rule that ages (e.g. a grace period) does not change the call.
 */
export function detectAccountAnomalies(input: AccountDetectionInput): DetectedAnomaly[] {
  const { trackedAccountId: id, handle, snapshots, intents } = input;
  const found = [
    ...detectIntentAnomalies(id, intents),
    ...detectKeepListLosses(id, snapshots, intents, input.lostFollowing),
    ...detectSystemUnfollows(id, intents),
    ...detectMassUnfollowSpikes(id, handle, snapshots),
    ...detectFollowerBursts(id, handle, snapshots, input.arrivalLabels, input.botShare),
    ...detectChurnRings(id, handle, snapshots, input.churners),
    ...detectPartialSnapshots(id, snapshots, input.flaggedImports),
  ];
  return found.sort((a, b) => a.windowEnd.getTime() - b.windowEnd.getTime() || a.key.localeCompare(b.key));
}
