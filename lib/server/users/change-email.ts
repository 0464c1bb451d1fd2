import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { checkCurrentPassword } from "./check-current-password";
import type { VerifyOptions } from "./verify-credentials";

export type EmailChange = "changed" | "unchanged" | "wrong-password" | "taken";

/** Moves the viewer's sign-in to a new (validated, lower-cased) email once the current password is confirmed. */
export async function changeEmail(viewer: Viewer, currentPassword: string, email: string, options: VerifyOptions): Promise<EmailChange> {
  if (email === viewer.email) return "unchanged";
  if (!(await checkCurrentPassword(viewer, currentPassword, options))) return "wrong-password";
  try {
    await db().user.update({ where: { id: viewer.userId }, data: { email } });
    return "changed";
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "taken";
    throw error;
  }
}
