import { NotFoundError, type Viewer } from "../auth/viewer";
import { db } from "../db";
import type { InvolvedAccountRow, InvolvedAccountsPage } from "./admin-anomaly-view";
import { requireAdmin } from "./require-admin";

export const ACCOUNTS_PAGE_SIZE = 50;

const select = { handleKey: true, handle: true, detail: true } as const;

/** One page of the accounts an anomaly involves (anomaly_accounts, by handle). */
export async function findAnomalyAccounts(viewer: Viewer, anomalyId: number, page: number): Promise<InvolvedAccountsPage> {
  await requireAdmin(viewer);
  const exists = await db().anomaly.count({ where: { id: anomalyId } });
  if (!exists) throw new NotFoundError("No such anomaly");
  const total = await db().anomalyAccount.count({ where: { anomalyId } });
  const pageSize = ACCOUNTS_PAGE_SIZE;
  const current = Math.max(1, Math.min(page, Math.ceil(total / pageSize)));
  const rows = await db().anomalyAccount.findMany({
    where: { anomalyId },
    orderBy: { handleKey: "asc" },
    skip: (current - 1) * pageSize,
    take: pageSize,
    select,
  });
  return { rows, total, page: current, pageSize };
}

const EXPORT_CHUNK = 2000;

/** Every stored account of an anomaly, for the CSV (keyset paging on the primary key). */
export async function* streamAnomalyAccounts(viewer: Viewer, anomalyId: number): AsyncGenerator<InvolvedAccountRow[]> {
  await requireAdmin(viewer);
  let after: string | null = null;
  for (;;) {
    const rows: InvolvedAccountRow[] = await db().anomalyAccount.findMany({
      where: { anomalyId, ...(after !== null ? { handleKey: { gt: after } } : {}) },
      orderBy: { handleKey: "asc" },
      take: EXPORT_CHUNK,
      select,
    });
    if (rows.length > 0) yield rows;
    if (rows.length < EXPORT_CHUNK) return;
    after = rows[rows.length - 1]?.handleKey ?? null;
  }
}
