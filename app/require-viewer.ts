import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authorizeTrackedAccount } from "@/lib/server/access/account-scope";
import { getViewer } from "@/lib/server/auth/get-viewer";
import { NotFoundError, type Viewer } from "@/lib/server/auth/viewer";

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/signin");
  return viewer;
}

/**
 * The viewer's tracked account for a URL segment, or the 404 page (another creator's handle looks the same as none).
 * Cached per request: the layout and the page both ask.
 */
export const requireScope = cache(async (handleParam: string) => {
  const viewer = await requireViewer();
  try {
    return { viewer, scope: await authorizeTrackedAccount(viewer, decodeURIComponent(handleParam)) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});
