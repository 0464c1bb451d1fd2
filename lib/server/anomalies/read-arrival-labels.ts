import type { ArrivalLabels } from "@/lib/domain/anomalies/types";
import type { Db } from "./db-client";

type Window = { snapshotId: number; after: Date; upTo: Date };
type Row = { label: string | null; together: boolean; n: bigint };

/**
 * The bot labels of the followers whose follow began between a snapshot and the one before it (still following or
 * gone since), for the snapshots whose gains looked like a spike. "Created together" = scored as part of a
 * coordinated batch.
 */
export async function readArrivalLabels(db: Db, trackedAccountId: number, windows: Window[]): Promise<ArrivalLabels[]> {
  const out: ArrivalLabels[] = [];
  for (const w of windows) {
    const rows = await db.$queryRaw<Row[]>`
      WITH arrivals AS (
        SELECT handle_key FROM relationships
        WHERE tracked_account_id = ${trackedAccountId} AND follower_since > ${w.after} AND follower_since <= ${w.upTo}
        UNION
        SELECT handle_key FROM follow_intervals
        WHERE tracked_account_id = ${trackedAccountId} AND direction = 1 AND since > ${w.after} AND since <= ${w.upTo}
      )
      SELECT b.label, COALESCE(b.reasons @> '[{"signal":"coordinated-batch"}]'::jsonb, false) AS together, count(*) AS n
      FROM arrivals a LEFT JOIN bot_scores b ON b.tracked_account_id = ${trackedAccountId} AND b.handle_key = a.handle_key
      GROUP BY 1, 2`;
    const labels: ArrivalLabels = { snapshotId: w.snapshotId, likelyBot: 0, suspicious: 0, likelyReal: 0, unknown: 0, createdTogether: 0 };
    for (const r of rows) {
      const n = Number(r.n);
      if (r.label === "likely-bot") labels.likelyBot += n;
      else if (r.label === "suspicious") labels.suspicious += n;
      else if (r.label === "likely-real") labels.likelyReal += n;
      else labels.unknown += n;
      if (r.together) labels.createdTogether += n;
    }
    out.push(labels);
  }
  return out;
}
