import { MAX_ANOMALY_ACCOUNTS } from "@/lib/domain/anomalies/detect-account-anomalies";
import type { DetectedAnomaly, InvolvedAccount, SnapshotPoint } from "@/lib/domain/anomalies/types";
import type { Db } from "./db-client";

/**
 * Spikes and bursts are found from counts; the accounts behind them are read here: the followers a spike's snapshot
 * lost, and those who arrived in a burst (bot-like first).
 */
export async function fillAnomalyAccounts(db: Db, trackedAccountId: number, snapshots: SnapshotPoint[], anomalies: DetectedAnomaly[]) {
  const position = new Map(snapshots.map((s, i) => [s.id, i]));
  for (const a of anomalies) {
    if ((a.kind !== "mass-unfollow-spike" && a.kind !== "follower-burst") || a.accounts.length > 0) continue;
    const at = a.snapshotIds.map((id) => position.get(id)).filter((i) => i !== undefined).sort((x, y) => x - y).pop();
    if (at === undefined || at === 0) continue;
    const snap = snapshots[at]!;
    const previous = snapshots[at - 1]!;
    a.accounts = a.kind === "mass-unfollow-spike"
      ? await readLostFollowers(db, trackedAccountId, snap.takenAt)
      : await readArrivals(db, trackedAccountId, previous.takenAt, snap.takenAt);
  }
  return anomalies;
}

async function readLostFollowers(db: Db, trackedAccountId: number, lostBefore: Date): Promise<InvolvedAccount[]> {
  const rows = await db.$queryRaw<{ handle_key: string; handle: string }[]>`
    SELECT f.handle_key, COALESCE(r.handle, f.handle_key) AS handle
    FROM follow_intervals f
    LEFT JOIN relationships r ON r.tracked_account_id = f.tracked_account_id AND r.handle_key = f.handle_key
    WHERE f.tracked_account_id = ${trackedAccountId} AND f.direction = 1 AND f.until_before = ${lostBefore}
    ORDER BY f.handle_key LIMIT ${MAX_ANOMALY_ACCOUNTS}`;
  return rows.map((r) => ({ handleKey: r.handle_key, handle: r.handle, detail: null }));
}

async function readArrivals(db: Db, trackedAccountId: number, after: Date, upTo: Date): Promise<InvolvedAccount[]> {
  const rows = await db.$queryRaw<{ handle_key: string; handle: string; label: string | null; score: number | null }[]>`
    WITH arrivals AS (
      SELECT handle_key, handle FROM relationships
      WHERE tracked_account_id = ${trackedAccountId} AND follower_since > ${after} AND follower_since <= ${upTo}
      UNION
      SELECT f.handle_key, f.handle_key FROM follow_intervals f
      WHERE f.tracked_account_id = ${trackedAccountId} AND f.direction = 1 AND f.since > ${after} AND f.since <= ${upTo}
        AND NOT EXISTS (SELECT 1 FROM relationships r WHERE r.tracked_account_id = f.tracked_account_id AND r.handle_key = f.handle_key)
    )
    SELECT a.handle_key, a.handle, b.label, b.score::int AS score
    FROM arrivals a LEFT JOIN bot_scores b ON b.tracked_account_id = ${trackedAccountId} AND b.handle_key = a.handle_key
    ORDER BY b.score DESC NULLS LAST, a.handle_key LIMIT ${MAX_ANOMALY_ACCOUNTS}`;
  return rows.map((r) => ({ handleKey: r.handle_key, handle: r.handle, detail: r.label ? `${r.label}${r.score === null ? "" : ` (score ${r.score})`}` : null }));
}
