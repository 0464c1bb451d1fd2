import { authorizeTrackedAccount, type AccountScope } from "../access/account-scope";
import { NotFoundError } from "../auth/viewer";
import { ApiError } from "./api-error";
import type { ApiCaller } from "./authenticate-api-request";

/**
 * The caller's tracked account for a path's handle. Another creator's handle answers 404 like a handle nobody tracks:
 * a 403 would tell a token holder which handles other creators track.
 */
export async function authorizeApiAccount(caller: ApiCaller, handleParam: string): Promise<AccountScope> {
  let handle: string;
  try {
    handle = decodeURIComponent(handleParam);
  } catch {
    handle = handleParam;
  }
  try {
    return await authorizeTrackedAccount(caller.viewer, handle);
  } catch (error) {
    if (error instanceof NotFoundError) throw new ApiError("not_found", `You do not track @${handle.replace(/^@+/, "").slice(0, 100)}. Add it in the dashboard first.`);
    throw error;
  }
}
