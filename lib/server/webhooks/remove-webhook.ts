import type { Viewer } from "../auth/viewer";
import { db } from "../db";

/** Removes the viewer's webhook and its deliveries (pending ones are never sent). False when there was none. */
export async function removeWebhook(viewer: Viewer): Promise<boolean> {
  const { count } = await db().webhook.deleteMany({ where: { userId: viewer.userId } });
  return count > 0;
}
