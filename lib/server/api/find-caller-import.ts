import { authorizeTrackedAccount } from "../access/account-scope";
import { db } from "../db";
import { getImport } from "../imports/get-import";
import type { ImportView } from "../imports/import-view";
import type { ApiCaller } from "./authenticate-api-request";

/** One import of any account the caller tracks; anyone else's, or none, is null (existence is not revealed). */
export async function findCallerImport(caller: ApiCaller, importId: number): Promise<ImportView | null> {
  const row = await db().import.findFirst({
    where: { id: importId, trackedAccount: { ownerId: caller.viewer.userId } },
    select: { trackedAccount: { select: { id: true, handle: true } } },
  });
  if (!row) return null;
  const scope = await authorizeTrackedAccount(caller.viewer, row.trackedAccount.handle);
  // The same handle on two platforms resolves to the first; only that one's imports are reachable this way.
  if (scope.trackedAccountId !== row.trackedAccount.id) return null;
  return getImport(scope, importId);
}
