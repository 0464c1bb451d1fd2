import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { IMPORT_JOB_KINDS, toImportView, type ImportView } from "./import-view";

/** One import of the scoped tracked account (another account's import is "none"). */
export async function getImport(scope: AccountScope, importId: number): Promise<ImportView | null> {
  const row = await db().import.findFirst({ where: { id: importId, trackedAccountId: scope.trackedAccountId } });
  if (!row) return null;
  const job = await db().job.findFirst({
    where: { trackedAccountId: scope.trackedAccountId, kind: { in: IMPORT_JOB_KINDS }, payload: { path: ["importId"], equals: importId } },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return toImportView(row, job?.id ?? null);
}
