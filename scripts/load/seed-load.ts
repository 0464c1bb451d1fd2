import { prepareSnapshot } from "../../lib/domain/prepare-snapshot";
import { createApiToken } from "../../lib/server/api-tokens/create-api-token";
import { hashPassword } from "../../lib/server/auth/password";
import type { PrismaClient } from "../../lib/server/generated/prisma/client";
import { applySnapshot } from "../../lib/server/snapshots/apply-snapshot";
import { churn, syntheticLists } from "../bench/synthetic-lists";

export const LOAD_USER = { email: "load@followlens.local", password: "load-test-password" };
export const LOAD_HANDLE = "load.creator";
export const IMPORT_HANDLE = "load.import";

/**
 * The load test's data: a creator whose tracked handle has `followers` followers (a fifth as many following) over
 * two snapshots with 1% churn, a second handle to import into while the pages are measured, and an API token.
 */
export async function seedLoad(prisma: PrismaClient, followers: number): Promise<{ token: string }> {
  const user = await prisma.user.create({ data: { email: LOAD_USER.email, passwordHash: await hashPassword(LOAD_USER.password) } });
  const tracked = await prisma.trackedAccount.create({ data: { ownerId: user.id, handle: LOAD_HANDLE, handleKey: LOAD_HANDLE } });
  await prisma.trackedAccount.create({ data: { ownerId: user.id, handle: IMPORT_HANDLE, handleKey: IMPORT_HANDLE } });
  const t1 = new Date(Date.now() - 2 * 86_400_000);
  const t2 = new Date(Date.now() - 86_400_000);
  const first = syntheticLists(followers, Math.round(followers / 5), t1);
  await applySnapshot(prisma, tracked.id, prepareSnapshot({ takenAt: t1, source: "load", ...first }));
  const second = { followers: churn(first.followers, 0.01, "newfan", t2), following: churn(first.following, 0.01, "newstar", t2) };
  await applySnapshot(prisma, tracked.id, prepareSnapshot({ takenAt: t2, source: "load", ...second }));
  const { token } = await createApiToken({ userId: user.id, email: user.email, role: "CREATOR" }, "load");
  return { token };
}
