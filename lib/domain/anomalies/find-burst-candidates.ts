import { findCountSpikes, perDayRates } from "./find-count-spikes";
import type { SnapshotPoint } from "./types";

/**
 * The snapshots whose follower gains per day are a spike against the account's own history (median and MAD of the
 * previous snapshots). Only a candidate: detectAccountAnomalies raises a burst when its arrivals look bot-like.
 */
export function findBurstCandidates(snapshots: SnapshotPoint[]): number[] {
  return findCountSpikes(perDayRates(snapshots, "gainedFollowers")).map((s) => s.point.snapshot.id);
}
