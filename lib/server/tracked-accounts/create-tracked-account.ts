import type { Viewer } from "../auth/viewer";
import { db } from "../db";

export class HandleTakenError extends Error {
  constructor(handle: string) {
    super(`You already track @${handle}.`);
    this.name = "HandleTakenError";
  }
}

/** Starts tracking a handle for the viewer; the handle must already be validated. */
export async function createTrackedAccount(viewer: Viewer, handle: string) {
  const handleKey = handle.toLowerCase();
  const existing = await db().trackedAccount.findFirst({ where: { ownerId: viewer.userId, handleKey } });
  if (existing) throw new HandleTakenError(existing.handle);
  return db().trackedAccount.create({ data: { ownerId: viewer.userId, handle, handleKey }, select: { handle: true } });
}
