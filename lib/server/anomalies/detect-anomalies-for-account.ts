import { detectAccountAnomalies } from "@/lib/domain/anomalies/detect-account-anomalies";
import { findBurstCandidates } from "@/lib/domain/anomalies/find-burst-candidates";
import { resolveIntents } from "@/lib/domain/anomalies/resolve-intents";
import type { PrismaClient } from "../generated/prisma/client";
import { fillAnomalyAccounts } from "./fill-anomaly-accounts";
import { notifyNewAnomalies } from "./notify-new-anomalies";
import { readArrivalLabels } from "./read-arrival-labels";
import { readBotShare, readChurners, readFlaggedImports, readKeepListLosses, readSnapshotPoints } from "./read-detection-input";
import { readIntents } from "./read-intents";
import { writeIntentResolutions } from "./write-intent-resolutions";
import { detectPlatformIncidentsNow } from "./detect-platform-incidents-now";
import type { SavedAnomalies } from "./save-detected-anomalies";
import { saveDetectedAnomalies } from "./save-detected-anomalies";

type Progress = (phase: string, done: number, total: number) => Promise<void> | void;

/**
 * Runs every detector over one tracked account's whole history (snapshots, intents, keep list, imports, churn) and
 * saves what they find; then the platform-wide incident check. Safe to run again at any time: the same data gives
 * the same anomalies (by key), changed data updates or withdraws them. Reads happen outside a transaction (they are
 * consistent enough: a concurrent snapshot queues another run).
 */
export async function detectAnomaliesForAccount(prisma: PrismaClient, trackedAccountId: number, progress: Progress = () => {}, now = new Date()) {
  await progress("reading history", 0, 3);
  const account = await prisma.trackedAccount.findUniqueOrThrow({ where: { id: trackedAccountId }, select: { handle: true } });
  const [snapshots, intents, lostFollowing, flaggedImports, churners, botShare] = await Promise.all([
    readSnapshotPoints(prisma, trackedAccountId),
    readIntents(prisma, trackedAccountId),
    readKeepListLosses(prisma, trackedAccountId),
    readFlaggedImports(prisma, trackedAccountId),
    readChurners(prisma, trackedAccountId),
    readBotShare(prisma, trackedAccountId),
  ]);
  const candidates = new Set(findBurstCandidates(snapshots));
  const windows = snapshots.flatMap((s, i) => (i > 0 && candidates.has(s.id) ? [{ snapshotId: s.id, after: snapshots[i - 1]!.takenAt, upTo: s.takenAt }] : []));
  const arrivalLabels = await readArrivalLabels(prisma, trackedAccountId, windows);
  await progress("detecting", 1, 3);
  const detected = detectAccountAnomalies({
    trackedAccountId, handle: account.handle, now, snapshots, intents, lostFollowing, flaggedImports, arrivalLabels, churners, botShare,
  });
  await fillAnomalyAccounts(prisma, trackedAccountId, snapshots, detected);
  await progress("saving", 2, 3);
  const saved = await saveDetectedAnomalies(prisma, trackedAccountId, detected);
  await writeIntentResolutions(prisma, trackedAccountId, resolveIntents(intents.filter((i) => i.origin === "user" && i.direction === 2)));
  const platform = await detectPlatformIncidentsNow(prisma, now);
  await notifyNewAnomalies(prisma, [...saved.created, ...platform.created]);
  await progress("done", 3, 3);
  return { account: saved, platform } satisfies { account: SavedAnomalies; platform: SavedAnomalies };
}
