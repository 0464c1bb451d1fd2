import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

/** Anomalies of one tracked account still waiting for someone (open, not withdrawn): the badge on "Alerts". */
export async function countOpenAlerts(scope: AccountScope): Promise<number> {
  return db().anomaly.count({ where: { trackedAccountId: scope.trackedAccountId, status: "open", withdrawnAt: null } });
}
