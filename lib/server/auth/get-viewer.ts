import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db";
import { authOptions } from "./auth-options";
import type { Viewer } from "./viewer";

/**
 * The signed-in viewer for this request, or null. The session names the user; their email and role are read fresh
 * (one primary-key read a request), so an email change shows at once and a deleted account's sessions end everywhere.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db().user.findUnique({ where: { id }, select: { id: true, email: true, role: true } });
  return user ? { userId: user.id, email: user.email, role: user.role } : null;
});
