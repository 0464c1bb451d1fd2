import type { Viewer } from "../auth/viewer";
import { db } from "../db";
import type { AdminView } from "./admin-anomaly-view";
import { requireAdmin } from "./require-admin";

/** Everyone an anomaly can be assigned to, by email. */
export async function listAdmins(viewer: Viewer): Promise<AdminView[]> {
  await requireAdmin(viewer);
  return db().user.findMany({ where: { role: "ADMIN" }, select: { id: true, email: true }, orderBy: { email: "asc" } });
}
