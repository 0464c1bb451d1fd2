import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { checkCurrentPassword } from "./check-current-password";
import { deleteUserData } from "./delete-user-data";
import type { VerifyOptions } from "./verify-credentials";

/** The viewer deletes their own account and all its data, once the current password is confirmed. */
export async function deleteAccount(viewer: Viewer, currentPassword: string, options: VerifyOptions): Promise<"deleted" | "wrong-password"> {
  if (!(await checkCurrentPassword(viewer, currentPassword, options))) return "wrong-password";
  await deleteUserData(db(), viewer.userId);
  return "deleted";
}
