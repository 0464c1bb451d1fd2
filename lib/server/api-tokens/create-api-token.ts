import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { apiTokenViewSelect, type ApiTokenView } from "./api-token-view";
import { generateApiToken } from "./token-secret";

export type CreatedApiToken = { token: string; view: ApiTokenView };

/** A new token for the viewer; the name must already be validated. The plain token is returned here and nowhere else. */
export async function createApiToken(viewer: Viewer, name: string): Promise<CreatedApiToken> {
  const secret = generateApiToken();
  const view = await db().apiToken.create({
    data: { userId: viewer.userId, name, prefix: secret.prefix, tokenHash: secret.tokenHash },
    select: apiTokenViewSelect,
  });
  return { token: secret.token, view };
}
