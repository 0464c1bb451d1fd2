// One anomaly row → the queue's view (shared by the queue, its CSV and the anomaly page).
import { anomalyKinds, anomalyStatuses, severities, type AnomalyKind, type AnomalyStatus, type Severity } from "@/lib/domain/anomalies/types";
import type { QueueRow } from "./admin-anomaly-view";

export const queueRowSelect = {
  id: true,
  kind: true,
  severity: true,
  status: true,
  summary: true,
  windowStart: true,
  windowEnd: true,
  accountCount: true,
  reportedAt: true,
  withdrawnAt: true,
  trackedAccount: { select: { handle: true, owner: { select: { email: true } } } },
  assignee: { select: { email: true } },
} as const;

type Row = {
  id: number;
  kind: string;
  severity: string;
  status: string;
  summary: string;
  windowStart: Date;
  windowEnd: Date;
  accountCount: number;
  reportedAt: Date | null;
  withdrawnAt: Date | null;
  trackedAccount: { handle: string; owner: { email: string } } | null;
  assignee: { email: string } | null;
};

// The columns are plain strings in the database; a value written by a newer version reads as the nearest known one.
const pick = <T extends string>(values: readonly T[], value: string, fallback: T): T =>
  (values as readonly string[]).includes(value) ? (value as T) : fallback;

export function toQueueRow(row: Row): QueueRow {
  return {
    id: row.id,
    kind: pick<AnomalyKind>(anomalyKinds, row.kind, "platform-incident"),
    severity: pick<Severity>(severities, row.severity, "medium"),
    status: pick<AnomalyStatus>(anomalyStatuses, row.status, "open"),
    summary: row.summary,
    account: row.trackedAccount ? { handle: row.trackedAccount.handle, ownerEmail: row.trackedAccount.owner.email } : null,
    windowStart: row.windowStart.toISOString(),
    windowEnd: row.windowEnd.toISOString(),
    accountCount: row.accountCount,
    reportedAt: row.reportedAt?.toISOString() ?? null,
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    assignee: row.assignee?.email ?? null,
  };
}
