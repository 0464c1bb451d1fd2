import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { apiTokenViewSelect, type ApiTokenView } from "./api-token-view";

/** The viewer's own tokens, active ones first, newest first. */
export async function listApiTokens(viewer: Viewer): Promise<ApiTokenView[]> {
  const rows = await db().apiToken.findMany({ where: { userId: viewer.userId }, select: apiTokenViewSelect, orderBy: { id: "desc" } });
  return [...rows.filter((r) => !r.revokedAt), ...rows.filter((r) => r.revokedAt)];
}
