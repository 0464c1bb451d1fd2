import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

export type ManagerCounts = { keep: number; unfollow: number; pending: number };

/** The manager's tab counts: list sizes (the list index) and the creator's intents still waiting for a snapshot. */
export async function getManagerCounts(scope: AccountScope): Promise<ManagerCounts> {
  const id = scope.trackedAccountId;
  const [keep, unfollow, pending] = await Promise.all([
    db().accountListEntry.count({ where: { trackedAccountId: id, list: "keep" } }),
    db().accountListEntry.count({ where: { trackedAccountId: id, list: "unfollow" } }),
    db().followEvent.count({ where: { trackedAccountId: id, origin: "user", resolution: "pending" } }),
  ]);
  return { keep, unfollow, pending };
}
