import { db } from "../db";

/** How many admin accounts there are (a count, nothing about who): the last one may not delete itself. */
export async function countAdmins(): Promise<number> {
  return db().user.count({ where: { role: "ADMIN" } });
}
