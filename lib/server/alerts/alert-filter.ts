import type { Prisma } from "../generated/prisma/client";

export const alertFilters = ["open", "all", "reported", "closed"] as const;
export type AlertFilter = (typeof alertFilters)[number];

export function readAlertFilter(value: string | undefined): AlertFilter {
  return (alertFilters as readonly string[]).includes(value ?? "") ? (value as AlertFilter) : "open";
}

/** Still waiting for someone: what the badge counts (countOpenAlerts) and what the list shows first. */
export const openWhere = { status: "open", withdrawnAt: null } satisfies Prisma.AnomalyWhereInput;

/**
 * The rows of one tab. Withdrawn alerts (the data no longer shows them) are left out unless asked for: they are
 * history, not news. "Open" never has them.
 */
export function alertFilterWhere(trackedAccountId: number, filter: AlertFilter, showWithdrawn: boolean): Prisma.AnomalyWhereInput {
  const base: Prisma.AnomalyWhereInput = { trackedAccountId, ...(showWithdrawn ? {} : { withdrawnAt: null }) };
  if (filter === "open") return { ...base, ...openWhere };
  if (filter === "reported") return { ...base, reportedAt: { not: null } };
  if (filter === "closed") return { ...base, status: { in: ["resolved", "dismissed"] } };
  return base;
}
