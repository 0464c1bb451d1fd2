import "server-only";
import { notFound } from "next/navigation";
import { authorizeTrackedAccount } from "@/lib/server/access/account-scope";
import { NotFoundError } from "@/lib/server/auth/viewer";
import { requireViewer } from "../../../require-viewer";

/** A server action's tracked account: posted directly with another creator's handle, it is a 404 like the page. */
export async function actionScope(handle: string) {
  const viewer = await requireViewer();
  try {
    return await authorizeTrackedAccount(viewer, handle);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** Where an action sends the creator back: the page they came from inside the manager, with a notice. */
export function backWithNotice(handle: string, returnTo: string, notice: string) {
  const base = managerBase(handle);
  const back = returnTo === base || returnTo.startsWith(`${base}/`) || returnTo.startsWith(`${base}?`) ? returnTo : base;
  const url = new URL(back, "http://x");
  url.searchParams.set("notice", notice.slice(0, 300));
  return `${url.pathname}${url.search}`;
}

export const managerBase = (handle: string) => `/dashboard/${encodeURIComponent(handle)}/manager`;
