import { handleKey } from "@/lib/domain/handles";
import { db } from "../db";
import { NotFoundError, type Viewer } from "../auth/viewer";

const scopeBrand: unique symbol = Symbol("AccountScope");

/**
 * Proof that the caller may read one tracked account. Query functions take a scope, never a bare id, so the only
 * way to reach a tracked account's data is through authorizeTrackedAccount (or the operator path of the CLI).
 */
export type AccountScope = {
  readonly trackedAccountId: number;
  readonly handle: string;
  readonly platform: string;
  readonly [scopeBrand]: true;
};

type Row = { id: number; handle: string; platform: string };
const toScope = (row: Row): AccountScope => ({ trackedAccountId: row.id, handle: row.handle, platform: row.platform, [scopeBrand]: true });

/** The viewer's own tracked account by handle; anyone else's, or none, is "not found" (existence is not revealed). */
export async function authorizeTrackedAccount(viewer: Viewer, handle: string): Promise<AccountScope> {
  const key = handleKey(handle);
  if (!key) throw new NotFoundError("No such tracked account");
  const row = await db().trackedAccount.findFirst({
    where: { ownerId: viewer.userId, handleKey: key },
    select: { id: true, handle: true, platform: true },
    orderBy: { id: "asc" },
  });
  if (!row) throw new NotFoundError("No such tracked account");
  return toScope(row);
}

/** For the operator's command line, which has the database itself: a handle, narrowed by owner email when several. */
export async function operatorScope(handle: string, ownerEmail?: string): Promise<AccountScope> {
  const key = handleKey(handle);
  const rows = await db().trackedAccount.findMany({
    where: { handleKey: key ?? "", ...(ownerEmail ? { owner: { email: ownerEmail.trim().toLowerCase() } } : {}) },
    select: { id: true, handle: true, platform: true },
  });
  if (rows.length === 0) throw new NotFoundError(`No tracked account "${handle}"${ownerEmail ? ` owned by ${ownerEmail}` : ""}`);
  if (rows.length > 1) throw new Error(`Several creators track "${handle}": name one with --owner EMAIL`);
  return toScope(rows[0]!);
}
