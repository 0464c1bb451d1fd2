import { anomalyKinds, anomalyStatuses, severities } from "@/lib/domain/anomalies/types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { alertFilterWhere, alertFilters, openWhere, type AlertFilter } from "./alert-filter";
import { alertSummarySelect, narrow, type AlertSummary } from "./alert-view";

export const ALERTS_PER_PAGE = 25;

export type AlertPage = { alerts: AlertSummary[]; total: number; counts: Record<AlertFilter, number>; withdrawn: number };

const newestFirst = [{ windowEnd: "desc" }, { id: "desc" }] as const;

/**
 * One page of the tracked account's alerts: open ones first, then the rest, newest window first within each. Only
 * this account's anomalies: platform incidents (no tracked account) are never a creator's.
 */
export async function listAlerts(scope: AccountScope, options: { filter: AlertFilter; showWithdrawn: boolean; page: number }): Promise<AlertPage> {
  const tid = scope.trackedAccountId;
  const where = alertFilterWhere(tid, options.filter, options.showWithdrawn);
  const openPart = { AND: [where, openWhere] };
  const restPart = { AND: [where, { NOT: openWhere }] };
  const [openCount, restCount, withdrawn, ...tabCounts] = await Promise.all([
    db().anomaly.count({ where: openPart }),
    db().anomaly.count({ where: restPart }),
    db().anomaly.count({ where: { trackedAccountId: tid, withdrawnAt: { not: null } } }),
    ...alertFilters.map((f) => db().anomaly.count({ where: alertFilterWhere(tid, f, options.showWithdrawn) })),
  ]);
  // The page is a window over "open, then the rest": take from the open part, then fill from the rest.
  const skip = Math.max(0, options.page - 1) * ALERTS_PER_PAGE;
  const fromOpen = Math.max(0, Math.min(ALERTS_PER_PAGE, openCount - skip));
  const [open, rest] = await Promise.all([
    fromOpen > 0 ? db().anomaly.findMany({ where: openPart, orderBy: [...newestFirst], skip, take: fromOpen, select: alertSummarySelect }) : [],
    fromOpen < ALERTS_PER_PAGE
      ? db().anomaly.findMany({ where: restPart, orderBy: [...newestFirst], skip: Math.max(0, skip - openCount), take: ALERTS_PER_PAGE - fromOpen, select: alertSummarySelect })
      : [],
  ]);
  return {
    alerts: [...open, ...rest].map(toAlertSummary),
    total: openCount + restCount,
    counts: Object.fromEntries(alertFilters.map((f, i) => [f, tabCounts[i] ?? 0])) as Record<AlertFilter, number>,
    withdrawn,
  };
}

type Row = Omit<AlertSummary, "kind" | "severity" | "status"> & { kind: string; severity: string; status: string };

export function toAlertSummary(row: Row): AlertSummary {
  return {
    ...row,
    kind: narrow(row.kind, anomalyKinds, "unexpected-unfollow"),
    severity: narrow(row.severity, severities, "medium"),
    status: narrow(row.status, anomalyStatuses, "open"),
  };
}
