import { detectAnomaliesForAccount } from "../../lib/server/anomalies/detect-anomalies-for-account";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import { timed, type Figure } from "./measure";

/**
 * The detectors over a million-follower history with a 5,000-account keep list and 1,000 recorded intents, against
 * a floor of one count over the account's relationships (looking at the account once). The second run finds the
 * same anomalies and writes nothing new: the cost of re-checking after every snapshot.
 */
export async function benchDetection(p: PrismaClient, trackedAccountId: number, db: string, figures: Figure[]) {
  await p.$executeRaw`
    INSERT INTO account_list_entries (tracked_account_id, handle_key, list, added_at)
    SELECT tracked_account_id, handle_key, 'keep', now() - interval '400 days' FROM relationships
    WHERE tracked_account_id = ${trackedAccountId} AND following_since IS NOT NULL ORDER BY handle_key LIMIT 5000
    ON CONFLICT DO NOTHING`;
  await p.$executeRaw`
    INSERT INTO follow_events (tracked_account_id, handle_key, handle, direction, action, origin, occurred_at, idempotency_key, source)
    SELECT tracked_account_id, handle_key, handle, 2, 'unfollow', 'user', now() - interval '400 days', 'bench:' || handle_key, 'followlens'
    FROM relationships WHERE tracked_account_id = ${trackedAccountId} AND following_since IS NOT NULL
    ORDER BY handle_key DESC LIMIT 1000
    ON CONFLICT DO NOTHING`;
  const floor = await timed(() => p.$queryRaw`SELECT count(*) FROM relationships WHERE tracked_account_id = ${trackedAccountId}`);
  const first = await timed(() => detectAnomaliesForAccount(p, trackedAccountId));
  const again = await timed(() => detectAnomaliesForAccount(p, trackedAccountId));
  const found = first.result.account.created.length;
  console.log(`  ${db}: detection found ${found} anomalies; the second run changed ${again.result.account.updated + again.result.account.withdrawn}`);
  figures.push({ figure: "anomaly detection, whole history (first)", db, value: first.seconds, unit: "s", floor: floor.seconds, ratio: first.seconds / floor.seconds });
  figures.push({ figure: "anomaly detection again (nothing new)", db, value: again.seconds, unit: "s", floor: floor.seconds, ratio: again.seconds / floor.seconds });
}
