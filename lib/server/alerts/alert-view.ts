import type { AnomalyKind, AnomalyStatus, Evidence, Severity } from "@/lib/domain/anomalies/types";

/** One alert in the creator's list: picked explicitly (no assignee, no detector key). */
export type AlertSummary = {
  id: number;
  kind: AnomalyKind;
  severity: Severity;
  status: AnomalyStatus;
  windowStart: Date;
  windowEnd: Date;
  summary: string;
  accountCount: number;
  reportedAt: Date | null;
  withdrawnAt: Date | null;
  detectedAt: Date;
};

export const alertSummarySelect = {
  id: true, kind: true, severity: true, status: true, windowStart: true, windowEnd: true, summary: true, accountCount: true,
  reportedAt: true, withdrawnAt: true, detectedAt: true,
} as const;

/**
 * An entry of the alert's history as the creator sees it. Admins act as "admin" (their addresses are theirs, and who
 * is assigned is the team's business: assignments are left out); the detectors are "system".
 */
export type AlertEvent = {
  id: number;
  type: "detected" | "updated" | "withdrawn" | "reported" | "status" | "note";
  actor: "you" | "admin" | "system";
  fromStatus: AnomalyStatus | null;
  toStatus: AnomalyStatus | null;
  note: string | null;
  createdAt: Date;
};

export type AlertDetail = AlertSummary & {
  evidence: Evidence;
  /** the first accounts (by handle) with what the detector noted about each */
  accounts: { handle: string; handleKey: string; detail: string | null }[];
  /** how many accounts are kept with the alert (the CSV has them all); accountCount may be larger when capped */
  storedAccounts: number;
  snapshotCount: number;
  events: AlertEvent[];
};

/** Stored strings narrowed to the shared unions; an unknown value (a newer detector) falls back safely. */
export function narrow<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
