import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

export type AlertAccountRow = { handle: string; handleKey: string; detail: string | null };

const CHUNK = 5_000;

/** Every account kept with one of the tracked account's alerts, by handle, in chunks (for the CSV). Nothing if not its own. */
export async function* streamAlertAccounts(scope: AccountScope, id: number): AsyncGenerator<AlertAccountRow[]> {
  if (!(await isOwnAlert(scope, id))) return;
  let after: string | null = null;
  for (;;) {
    const rows: AlertAccountRow[] = await db().anomalyAccount.findMany({
      where: { anomalyId: id, ...(after === null ? {} : { handleKey: { gt: after } }) },
      orderBy: { handleKey: "asc" },
      take: CHUNK,
      select: { handle: true, handleKey: true, detail: true },
    });
    if (rows.length > 0) yield rows;
    if (rows.length < CHUNK) return;
    after = rows[rows.length - 1]!.handleKey;
  }
}

/** Is this alert the tracked account's own? (A route answers 404 before it starts streaming.) */
export async function isOwnAlert(scope: AccountScope, id: number): Promise<boolean> {
  return (await db().anomaly.count({ where: { id, trackedAccountId: scope.trackedAccountId } })) > 0;
}
