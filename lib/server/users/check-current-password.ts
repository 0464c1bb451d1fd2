import type { Viewer } from "../auth/viewer";
import { verifyCredentials, type VerifyOptions } from "./verify-credentials";

/**
 * Whether the viewer typed their current password, checked exactly as a sign-in is: a wrong one counts against the
 * same per-account and per-address throttle, and a lockout throws SignInLockedError (even for the right one), so the
 * settings forms are no way around it.
 */
export async function checkCurrentPassword(viewer: Viewer, password: string, options: VerifyOptions): Promise<boolean> {
  const user = await verifyCredentials(viewer.email, password, options);
  return user?.id === viewer.userId;
}
