// The audit trail as pages show it (admin anomaly page, the creator's alerts). Pure: no Prisma import, so
// components may import the type and any data-layer query may use the mapper.
import { anomalyStatuses, type AnomalyStatus } from "@/lib/domain/anomalies/types";

export const anomalyEventTypes = ["detected", "updated", "withdrawn", "reported", "status", "assigned", "note"] as const;
export type AnomalyEventType = (typeof anomalyEventTypes)[number];

/** One anomaly_events row, with people as emails. `actor` null means the system ("Followlens"). */
export type AnomalyEventView = {
  id: number;
  type: AnomalyEventType;
  /** ISO time */
  at: string;
  actor: string | null;
  fromStatus: AnomalyStatus | null;
  toStatus: AnomalyStatus | null;
  /** the admin it was assigned to (type "assigned"); null there means unassigned */
  assignee: string | null;
  note: string | null;
};

/** The select a query needs to build the view (`db().anomalyEvent.findMany({ select: anomalyEventSelect })`). */
export const anomalyEventSelect = {
  id: true,
  type: true,
  createdAt: true,
  fromStatus: true,
  toStatus: true,
  note: true,
  assigneeId: true,
  actor: { select: { email: true } },
} as const;

type EventRow = {
  id: number;
  type: string;
  createdAt: Date;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  assigneeId: number | null;
  actor: { email: string } | null;
};

/** Maps rows to views; `emails` resolves assignee ids (events keep the id, not a relation). */
export function toAnomalyEventViews(rows: EventRow[], emails: ReadonlyMap<number, string>): AnomalyEventView[] {
  return rows.map((row) => ({
    id: row.id,
    type: asEventType(row.type),
    at: row.createdAt.toISOString(),
    actor: row.actor?.email ?? null,
    fromStatus: asStatus(row.fromStatus),
    toStatus: asStatus(row.toStatus),
    assignee: row.assigneeId === null ? null : (emails.get(row.assigneeId) ?? "a removed user"),
    note: row.note,
  }));
}

function asEventType(value: string): AnomalyEventType {
  return (anomalyEventTypes as readonly string[]).includes(value) ? (value as AnomalyEventType) : "updated";
}

function asStatus(value: string | null): AnomalyStatus | null {
  return value !== null && (anomalyStatuses as readonly string[]).includes(value) ? (value as AnomalyStatus) : null;
}
