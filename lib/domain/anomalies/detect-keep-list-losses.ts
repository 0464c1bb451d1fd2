import { groupBy } from "./group-by";
import { capAccounts, snapshotIdsAt } from "./involved-accounts";
import { countOf, formatDay, formatWindow } from "./format-window";
import type { DetectedAnomaly, Evidence, FollowIntent, LostFollowing, SnapshotPoint } from "./types";

const DAY = 86_400_000;
/**
 * An unfollow the creator recorded up to a week before the last snapshot that still had the follow explains its
 * loss: the platform applies some unfollows late (that delay is "unfollow not applied", not this).
 */
const EXPLAINED_BEFORE_DAYS = 7;
/** From this many keep-list accounts lost at once it is high severity (a handful can be deleted accounts). */
const HIGH_COUNT = 10;
const SERIES_BEFORE_DAYS = 28;
const SERIES_AFTER_DAYS = 7;

/**
 * Follows of accounts on the keep list that ended without an unfollow from the creator: one anomaly per pair of
 * snapshots between which they vanished. A loss the platform itself reported (system-origin unfollow) is left to
 * detectSystemUnfollows, so it is not raised twice; an account put on the list after it was gone is not counted.
 */
export function detectKeepListLosses(trackedAccountId: number, snapshots: SnapshotPoint[], intents: FollowIntent[], lost: LostFollowing[]): DetectedAnomaly[] {
  const unfollows = groupBy(intents.filter((i) => i.direction === 2 && i.action === "unfollow"), (i) => i.handleKey);
  const unexpected = lost.filter((l) => l.keptSince !== null && l.keptSince < l.lostBefore && !explained(l, unfollows.get(l.handleKey) ?? []));
  const groups = groupBy(unexpected, (l) => `${l.lostAfter.toISOString()}/${l.lostBefore.toISOString()}`);
  return [...groups.entries()].map(([window, group]) => {
    const { lostAfter, lostBefore } = group[0]!;
    const n = group.length;
    return {
      kind: "unexpected-unfollow",
      key: `unexpected-unfollow:${trackedAccountId}:${window}`,
      severity: n >= HIGH_COUNT ? "high" : "medium",
      windowStart: lostAfter,
      windowEnd: lostBefore,
      summary: `${countOf(n, "account")} on your keep list disappeared from your following ${formatWindow(lostAfter, lostBefore)} without an unfollow from you`,
      accounts: capAccounts(group.map((l) => ({ handleKey: l.handleKey, handle: l.handle, detail: `on your keep list since ${formatDay(l.keptSince!)}` }))),
      accountCount: n,
      evidence: {
        facts: [
          { label: "Keep-list accounts lost", value: String(n) },
          { label: "Last snapshot with them", value: formatDay(lostAfter) },
          { label: "First snapshot without them", value: formatDay(lostBefore) },
          { label: "Unfollows you recorded for them", value: "none" },
        ],
        series: followingLossSeries(snapshots, lostBefore),
      },
      snapshotIds: snapshotIdsAt(snapshots, [lostAfter, lostBefore]),
    } satisfies DetectedAnomaly;
  });
}

/** The creator's own unfollow, or one the platform reported (raised per day by detectSystemUnfollows). */
function explained(l: LostFollowing, unfollows: FollowIntent[]): boolean {
  const from = l.lostAfter.getTime() - EXPLAINED_BEFORE_DAYS * DAY;
  return unfollows.some((i) => i.occurredAt.getTime() >= from && i.occurredAt <= l.lostBefore);
}

/** Every snapshot's ended follows of the account's own, around the loss. */
function followingLossSeries(snapshots: SnapshotPoint[], lostBefore: Date): Evidence["series"] {
  const at = lostBefore.getTime();
  const points = snapshots
    .filter((s) => s.hasFollowing && s.takenAt.getTime() >= at - SERIES_BEFORE_DAYS * DAY && s.takenAt.getTime() <= at + SERIES_AFTER_DAYS * DAY)
    .map((s) => ({ at: s.takenAt.toISOString(), value: s.lostFollowing, inWindow: s.takenAt.getTime() === at }));
  return points.length > 0 ? { label: "Follows of yours that ended", unit: "per snapshot", points, baseline: null, threshold: null } : null;
}
