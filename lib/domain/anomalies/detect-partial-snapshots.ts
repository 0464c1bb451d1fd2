import { detectPartial, type ListCounts } from "@/lib/domain/imports/detect-partial";
import { formatCount, formatDay } from "./format-window";
import type { DetectedAnomaly, Evidence, FlaggedImport, SnapshotPoint } from "./types";

const DAY = 86_400_000;
const SERIES_BEFORE_DAYS = 28;
const SERIES_AFTER_DAYS = 7;

type Shortfall = { list: "followers" | "following"; found: number; expected: number; against: "profile-count" | "previous-snapshot" };

/**
 * Snapshots that look like an interrupted export: every import the preview flagged (high when it was applied anyway,
 * so its missing accounts were recorded as unfollows; medium while it is held), and applied snapshots whose list
 * fell under half the previous one's without an import flagging it (API pushes, older imports). The rule for the
 * latter is the import preview's own (detectPartial), so both places agree on what "partial" means.
 */
export function detectPartialSnapshots(trackedAccountId: number, snapshots: SnapshotPoint[], flaggedImports: FlaggedImport[]): DetectedAnomaly[] {
  const fromImports = flaggedImports.map((f): DetectedAnomaly => {
    const applied = f.snapshotId !== null;
    return {
      ...partialParts(f, snapshots, f.snapshotId),
      key: `partial-snapshot:${trackedAccountId}:import-${f.importId}`,
      severity: applied ? "high" : "medium",
      summary: applied
        ? `The snapshot of ${formatDay(f.takenAt)} was applied although it looked incomplete: ${shortfall(f)}, so the missing accounts may show as unfollows`
        : `An import of ${formatDay(f.takenAt)} is held for your review: ${shortfall(f)}`,
    };
  });
  const flagged = new Set(flaggedImports.flatMap((f) => (f.snapshotId === null ? [] : [f.snapshotId])));
  const fromCounts: DetectedAnomaly[] = [];
  const previous: ListCounts = { followers: null, following: null };
  for (const s of snapshots) {
    const found: ListCounts = { followers: s.hasFollowers ? s.followerCount : null, following: s.hasFollowing ? s.followingCount : null };
    const reason = detectPartial(found, previous, null);
    if (reason && !s.flaggedPartial && !flagged.has(s.id)) {
      fromCounts.push({
        ...partialParts({ ...reason, takenAt: s.takenAt }, snapshots, s.id),
        key: `partial-snapshot:${trackedAccountId}:${s.takenAt.toISOString()}`,
        severity: "high",
        summary: `The snapshot of ${formatDay(s.takenAt)} looks incomplete: ${shortfall(reason)}, so the missing accounts may show as unfollows`,
      });
    }
    if (found.followers !== null) previous.followers = found.followers;
    if (found.following !== null) previous.following = found.following;
  }
  return [...fromImports, ...fromCounts];
}

function shortfall(s: Shortfall): string {
  const against = s.against === "profile-count" ? "the export's own profile says" : "the previous snapshot had";
  return `it lists ${formatCount(s.found)} ${s.list} where ${against} ${formatCount(s.expected)}`;
}

/** What every partial-snapshot anomaly shares: the kind, its moment, and the list's size around it. */
function partialParts(s: Shortfall & { takenAt: Date }, snapshots: SnapshotPoint[], snapshotId: number | null) {
  return {
    kind: "partial-snapshot" as const,
    windowStart: s.takenAt,
    windowEnd: s.takenAt,
    accounts: [],
    accountCount: Math.max(0, s.expected - s.found),
    evidence: {
      facts: [
        { label: "List", value: s.list },
        { label: "Accounts listed", value: formatCount(s.found) },
        { label: s.against === "profile-count" ? "The export's profile says" : "The previous snapshot had", value: formatCount(s.expected) },
        { label: "Missing", value: formatCount(Math.max(0, s.expected - s.found)) },
        { label: "Applied", value: snapshotId === null ? "no, held for review" : "yes" },
      ],
      series: listSizeSeries(snapshots, s, snapshotId),
    },
    snapshotIds: snapshotId === null ? [] : [snapshotId],
  };
}

/** The list's size at every snapshot around it; a held import appears as its own point. */
function listSizeSeries(snapshots: SnapshotPoint[], s: Shortfall & { takenAt: Date }, snapshotId: number | null): Evidence["series"] {
  const at = s.takenAt.getTime();
  const points = snapshots
    .filter((p) => (s.list === "followers" ? p.hasFollowers : p.hasFollowing))
    .filter((p) => p.takenAt.getTime() >= at - SERIES_BEFORE_DAYS * DAY && p.takenAt.getTime() <= at + SERIES_AFTER_DAYS * DAY)
    .map((p) => ({ at: p.takenAt.toISOString(), value: s.list === "followers" ? p.followerCount : p.followingCount, inWindow: p.id === snapshotId }));
  if (snapshotId === null) points.push({ at: s.takenAt.toISOString(), value: s.found, inWindow: true });
  points.sort((a, b) => a.at.localeCompare(b.at));
  return { label: s.list === "followers" ? "Followers in each snapshot" : "Following in each snapshot", unit: "accounts", points, baseline: null, threshold: null };
}
