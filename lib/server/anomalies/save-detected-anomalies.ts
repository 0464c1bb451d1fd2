import type { DetectedAnomaly } from "@/lib/domain/anomalies/types";
import type { Prisma, PrismaClient } from "../generated/prisma/client";

export type SavedAnomalies = { created: number[]; updated: number; withdrawn: number; unchanged: number };

/**
 * Writes what the detectors found for one tracked account (or, with null, the platform) in one transaction. The key
 * finds an anomaly raised before: it is updated in place (its status, assignee and audit trail stay), never raised
 * twice. One the data no longer shows (history recomputed, a late follow arrived) is marked withdrawn, not deleted,
 * so its trail survives; it returns if the data shows it again. Every change leaves an audit row by the system.
 */
export async function saveDetectedAnomalies(
  prisma: PrismaClient,
  trackedAccountId: number | null,
  detected: DetectedAnomaly[],
  /** the detectors only looked at windows ending from here on (platform incidents): older ones are left alone */
  lookedFrom: Date | null = null,
): Promise<SavedAnomalies> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.anomaly.findMany({
      where: { trackedAccountId, ...(lookedFrom ? { windowEnd: { gte: lookedFrom } } : {}) },
      select: { id: true, key: true, severity: true, summary: true, accountCount: true, windowStart: true, windowEnd: true, withdrawnAt: true },
    });
    const byKey = new Map(existing.map((e) => [e.key, e]));
    const result: SavedAnomalies = { created: [], updated: 0, withdrawn: 0, unchanged: 0 };
    const seen = new Set<string>();
    for (const a of detected) {
      seen.add(a.key);
      const before = byKey.get(a.key);
      const fields = {
        kind: a.kind, severity: a.severity, windowStart: a.windowStart, windowEnd: a.windowEnd, summary: a.summary,
        accountCount: a.accountCount, evidence: a.evidence as unknown as Prisma.InputJsonValue, snapshotIds: a.snapshotIds,
      };
      if (!before) {
        const row = await tx.anomaly.create({ data: { trackedAccountId, key: a.key, ...fields } });
        await writeAccounts(tx, row.id, a);
        await tx.anomalyEvent.create({ data: { anomalyId: row.id, type: "detected", note: a.summary } });
        result.created.push(row.id);
        continue;
      }
      const change = describeChange(before, a);
      if (!change) {
        result.unchanged += 1;
        continue;
      }
      await tx.anomaly.update({ where: { id: before.id }, data: { ...fields, withdrawnAt: null, updatedAt: new Date() } });
      await writeAccounts(tx, before.id, a);
      await tx.anomalyEvent.create({ data: { anomalyId: before.id, type: "updated", note: change } });
      result.updated += 1;
    }
    for (const e of existing) {
      if (seen.has(e.key) || e.withdrawnAt) continue;
      await tx.anomaly.update({ where: { id: e.id }, data: { withdrawnAt: new Date(), updatedAt: new Date() } });
      await tx.anomalyEvent.create({ data: { anomalyId: e.id, type: "withdrawn", note: "The data no longer shows this anomaly (history was recomputed or later snapshots settled it)." } });
      result.withdrawn += 1;
    }
    return result;
  }, { timeout: 120_000, maxWait: 120_000 });
}

type Before = { severity: string; summary: string; accountCount: number; windowStart: Date; windowEnd: Date; withdrawnAt: Date | null };

/** What changed, in words for the audit trail; null when nothing a person would notice did. */
function describeChange(before: Before, a: DetectedAnomaly): string | null {
  const parts: string[] = [];
  if (before.withdrawnAt) parts.push("shown by the data again");
  if (before.severity !== a.severity) parts.push(`severity ${before.severity} → ${a.severity}`);
  if (before.accountCount !== a.accountCount) parts.push(`accounts ${before.accountCount} → ${a.accountCount}`);
  if (before.windowStart.getTime() !== a.windowStart.getTime() || before.windowEnd.getTime() !== a.windowEnd.getTime()) parts.push("time window changed");
  if (parts.length === 0 && before.summary !== a.summary) parts.push("description changed");
  return parts.length ? `Updated by the detectors: ${parts.join(", ")}.` : null;
}

async function writeAccounts(tx: Prisma.TransactionClient, anomalyId: number, a: DetectedAnomaly) {
  await tx.anomalyAccount.deleteMany({ where: { anomalyId } });
  if (a.accounts.length === 0) return;
  await tx.anomalyAccount.createMany({
    data: a.accounts.map((x) => ({ anomalyId, handleKey: x.handleKey, handle: x.handle, detail: x.detail })),
    skipDuplicates: true,
  });
}
