import "server-only";
import { readDatabaseConfig } from "../db/config";
import { db } from "../db";
import { DEMO_ADMIN, DEMO_CREATOR } from "./demo-credentials";

/** The demo credentials are shown only on the embedded database, and only while the demo creator exists. */
export async function demoCredentialsToShow() {
  if (!readDatabaseConfig().embedded) return undefined;
  const demo = await db().user.findUnique({ where: { email: DEMO_CREATOR.email }, select: { id: true } });
  return demo ? [DEMO_CREATOR, DEMO_ADMIN].map(({ email, password }) => ({ email, password })) : undefined;
}
