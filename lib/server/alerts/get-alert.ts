import { anomalyStatuses, type AnomalyStatus, type Evidence } from "@/lib/domain/anomalies/types";
import type { AccountScope } from "../access/account-scope";
import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { alertSummarySelect, narrow, type AlertDetail, type AlertEvent } from "./alert-view";
import { toAlertSummary } from "./list-alerts";

/** Accounts shown on the alert's page; the CSV has every one kept. */
export const ALERT_ACCOUNTS_SHOWN = 20;

/** What a creator reads of the trail: assignments are the admins' own business. */
const creatorEventTypes = ["detected", "updated", "withdrawn", "reported", "status", "note"] as const;

/** One alert of the tracked account with its evidence, first accounts and history; null if it is not this account's. */
export async function getAlert(scope: AccountScope, viewer: Viewer, id: number): Promise<AlertDetail | null> {
  const row = await db().anomaly.findFirst({
    where: { id, trackedAccountId: scope.trackedAccountId },
    select: {
      ...alertSummarySelect,
      evidence: true,
      snapshotIds: true,
      accounts: { select: { handle: true, handleKey: true, detail: true }, orderBy: { handleKey: "asc" }, take: ALERT_ACCOUNTS_SHOWN },
      _count: { select: { accounts: true } },
      events: {
        where: { type: { in: [...creatorEventTypes] } },
        orderBy: { id: "asc" },
        select: { id: true, type: true, actorId: true, actor: { select: { role: true } }, fromStatus: true, toStatus: true, note: true, createdAt: true },
      },
    },
  });
  if (!row) return null;
  const { evidence, snapshotIds, accounts, _count, events, ...summary } = row;
  return {
    ...toAlertSummary(summary),
    evidence: readEvidence(evidence),
    accounts,
    storedAccounts: _count.accounts,
    snapshotCount: snapshotIds.length,
    events: events.map((e): AlertEvent => ({
      id: e.id,
      type: narrow(e.type, creatorEventTypes, "note"),
      actor: e.actorId === null ? "system" : e.actorId === viewer.userId ? "you" : e.actor?.role === "ADMIN" ? "admin" : "system",
      fromStatus: statusOrNull(e.fromStatus),
      toStatus: statusOrNull(e.toStatus),
      note: e.note,
      createdAt: e.createdAt,
    })),
  };
}

const statusOrNull = (value: string | null): AnomalyStatus | null => (value ? narrow(value, anomalyStatuses, "open") : null);

/** The stored JSON, trusted only as far as its shape: a malformed one shows as "no evidence" instead of breaking the page. */
function readEvidence(value: unknown): Evidence {
  const v = value as Partial<Evidence> | null;
  const facts = Array.isArray(v?.facts) ? v.facts.filter((f) => f && typeof f.label === "string" && typeof f.value === "string") : [];
  const s = v?.series;
  const series = s && typeof s === "object" && Array.isArray(s.points) && typeof s.label === "string" ? s : null;
  return { facts, series };
}
