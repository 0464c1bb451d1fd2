import type { Viewer } from "../auth/viewer";
import { db } from "../db";

/**
 * Revokes one of the viewer's tokens at once (the next request with it is refused). Scoped by owner: another
 * creator's token id changes nothing. Returns false when there was nothing of the viewer's to revoke.
 */
export async function revokeApiToken(viewer: Viewer, tokenId: number): Promise<boolean> {
  const { count } = await db().apiToken.updateMany({
    where: { id: tokenId, userId: viewer.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count > 0;
}
