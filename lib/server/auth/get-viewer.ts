import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./auth-options";
import type { Viewer } from "./viewer";

/** The signed-in viewer for this request, or null. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { userId: user.id, email: user.email, role: user.role };
});
