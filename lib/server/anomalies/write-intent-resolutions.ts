import type { IntentResolution } from "@/lib/domain/anomalies/resolve-intents";
import type { Db } from "./db-client";

/** Records on each intent what the snapshots after it showed, in one statement (the Following Manager reads it). */
export async function writeIntentResolutions(db: Db, trackedAccountId: number, resolutions: IntentResolution[]) {
  if (resolutions.length === 0) return;
  await db.$executeRaw`
    UPDATE follow_events e SET resolution = u.r, resolved_by_snapshot_id = u.s
    FROM unnest(${resolutions.map((r) => r.intentId)}::int[], ${resolutions.map((r) => r.resolution)}::text[],
                ${resolutions.map((r) => r.snapshotId)}::int[]) AS u(id, r, s)
    WHERE e.tracked_account_id = ${trackedAccountId} AND e.id = u.id
      AND (e.resolution IS DISTINCT FROM u.r OR e.resolved_by_snapshot_id IS DISTINCT FROM u.s)`;
}
