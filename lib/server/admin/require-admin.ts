import { NotFoundError, type Viewer } from "../auth/viewer";
import { db } from "../db";

/**
 * Every admin read and write starts here. A creator is told "not found" (the admin area's existence is not
 * confirmed); the role is read again from the database because the session's copy lives as long as its cookie,
 * so a demoted admin is refused at once.
 */
export async function requireAdmin(viewer: Viewer): Promise<void> {
  if (viewer.role !== "ADMIN") throw new NotFoundError("Not found");
  const user = await db().user.findUnique({ where: { id: viewer.userId }, select: { role: true } });
  if (user?.role !== "ADMIN") throw new NotFoundError("Not found");
}
