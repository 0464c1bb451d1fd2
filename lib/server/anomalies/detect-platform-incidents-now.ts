import { subDays } from "date-fns";
import { detectPlatformIncidents } from "@/lib/domain/anomalies/detect-platform-incidents";
import type { AnomalyKind } from "@/lib/domain/anomalies/types";
import type { PrismaClient } from "../generated/prisma/client";
import { saveDetectedAnomalies } from "./save-detected-anomalies";

// Incidents are about what is happening now: the last 60 days of per-account anomalies are compared; older
// incidents stay as they were.
const LOOK_BACK_DAYS = 60;
// A tracked account counts as watched when it had a snapshot within this many days.
const ACTIVE_DAYS = 30;
const INCIDENT_KINDS: AnomalyKind[] = ["unexpected-unfollow", "follow-not-registered", "unfollow-not-applied"];

/** Looks across every tracked account for many hit in the same window, and saves the incidents found. */
export async function detectPlatformIncidentsNow(prisma: PrismaClient, now: Date) {
  const from = subDays(now, LOOK_BACK_DAYS);
  const [rows, active] = await Promise.all([
    prisma.anomaly.findMany({
      where: { kind: { in: INCIDENT_KINDS }, trackedAccountId: { not: null }, withdrawnAt: null, windowEnd: { gte: from } },
      select: { trackedAccountId: true, kind: true, windowStart: true, windowEnd: true, accountCount: true, trackedAccount: { select: { handle: true } } },
    }),
    prisma.snapshot.findMany({ where: { takenAt: { gte: subDays(now, ACTIVE_DAYS) } }, distinct: ["trackedAccountId"], select: { trackedAccountId: true } }),
  ]);
  const refs = rows.map((r) => ({
    trackedAccountId: r.trackedAccountId!,
    handle: r.trackedAccount?.handle ?? String(r.trackedAccountId),
    kind: r.kind as AnomalyKind,
    windowStart: r.windowStart,
    windowEnd: r.windowEnd,
    accountCount: r.accountCount,
  }));
  return saveDetectedAnomalies(prisma, null, detectPlatformIncidents(refs, active.length, now), from);
}
