import { hashPassword } from "../auth/password";
import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { checkCurrentPassword } from "./check-current-password";
import type { VerifyOptions } from "./verify-credentials";

/** Sets a new (already validated) password once the current one is confirmed. */
export async function changePassword(viewer: Viewer, currentPassword: string, newPassword: string, options: VerifyOptions): Promise<"changed" | "wrong-password"> {
  if (!(await checkCurrentPassword(viewer, currentPassword, options))) return "wrong-password";
  await db().user.update({ where: { id: viewer.userId }, data: { passwordHash: await hashPassword(newPassword) } });
  return "changed";
}
