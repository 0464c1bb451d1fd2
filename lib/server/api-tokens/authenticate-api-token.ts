import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { hashApiToken, isWellFormedToken } from "./token-secret";

/** Last use is written at most this often per token: a tool pushing every second would otherwise write every second. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export type ApiTokenAuthentication =
  | { ok: true; tokenId: number; viewer: Viewer }
  | { ok: false; reason: "malformed" | "unknown" | "revoked" };

/** Who a presented token acts for, or why it does not; records its last use. */
export async function authenticateApiToken(token: string, now = new Date()): Promise<ApiTokenAuthentication> {
  if (!isWellFormedToken(token)) return { ok: false, reason: "malformed" };
  const row = await db().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, role: true } } },
  });
  if (!row) return { ok: false, reason: "unknown" };
  if (row.revokedAt) return { ok: false, reason: "revoked" };
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < staleBefore) {
    // Conditional so two requests racing within the same minute still write once.
    await db().apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { ok: true, tokenId: row.id, viewer: { userId: row.user.id, email: row.user.email, role: row.user.role } };
}
