// What the admin pages read. Dates are ISO strings (the formatters in components/format.ts take those).
import type { AnomalyKind, AnomalyStatus, Evidence, Severity } from "@/lib/domain/anomalies/types";
import type { AnomalyEventView } from "./anomaly-event-view";

/** The tracked account an anomaly is about, and who owns it; null for a platform incident. */
export type AnomalyAccountRef = { handle: string; ownerEmail: string } | null;

export type QueueRow = {
  id: number;
  kind: AnomalyKind;
  severity: Severity;
  status: AnomalyStatus;
  summary: string;
  account: AnomalyAccountRef;
  windowStart: string;
  windowEnd: string;
  accountCount: number;
  reportedAt: string | null;
  withdrawnAt: string | null;
  assignee: string | null;
};

export type QueuePage = { rows: QueueRow[]; total: number; page: number; pageSize: number };

export type AnomalySnapshotView = {
  id: number;
  takenAt: string;
  source: string;
  status: string;
  followerCount: number | null;
  followingCount: number | null;
  gainedFollowers: number;
  lostFollowers: number;
  gainedFollowing: number;
  lostFollowing: number;
};

export type AnomalyDetail = QueueRow & {
  evidence: Evidence;
  detectedAt: string;
  updatedAt: string;
  assigneeId: number | null;
  snapshots: AnomalySnapshotView[];
  events: AnomalyEventView[];
};

export type InvolvedAccountRow = { handleKey: string; handle: string; detail: string | null };
export type InvolvedAccountsPage = { rows: InvolvedAccountRow[]; total: number; page: number; pageSize: number };

export type AdminView = { id: number; email: string };
