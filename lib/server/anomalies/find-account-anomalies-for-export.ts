import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

export type AnomalyExportRow = {
  id: number;
  kind: string;
  severity: string;
  status: string;
  windowStart: string;
  windowEnd: string;
  summary: string;
  accountCount: number;
  /** handles involved (at most the stored cap; accountCount is the full number) */
  accounts: string[];
  withdrawn: boolean;
};

/** One tracked account's anomalies with their accounts, oldest window first (withdrawn ones only when asked). */
export async function findAccountAnomaliesForExport(scope: AccountScope, options: { withdrawn?: boolean } = {}): Promise<AnomalyExportRow[]> {
  const rows = await db().anomaly.findMany({
    where: { trackedAccountId: scope.trackedAccountId, ...(options.withdrawn ? {} : { withdrawnAt: null }) },
    orderBy: [{ windowEnd: "asc" }, { id: "asc" }],
    select: {
      id: true, kind: true, severity: true, status: true, windowStart: true, windowEnd: true, summary: true, accountCount: true, withdrawnAt: true,
      accounts: { select: { handle: true }, orderBy: { handleKey: "asc" } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    severity: r.severity,
    status: r.status,
    windowStart: r.windowStart.toISOString(),
    windowEnd: r.windowEnd.toISOString(),
    summary: r.summary,
    accountCount: r.accountCount,
    accounts: r.accounts.map((a) => a.handle),
    withdrawn: r.withdrawnAt !== null,
  }));
}
