import type { Connection } from "@/lib/domain/profiles/profile-report";
import type { PrismaClient } from "../generated/prisma/client";

const CHUNK = 50_000;

/**
 * Which of `keys` are connected to the tracked account: a row in its relationships (a follower or a followed account
 * now, or one in its history), with whether it follows or is followed now. One indexed lookup per 50,000 keys.
 */
export async function findConnections(prisma: PrismaClient, trackedAccountId: number, keys: readonly string[]): Promise<Map<string, Connection>> {
  const found = new Map<string, Connection>();
  for (let start = 0; start < keys.length; start += CHUNK) {
    const part = keys.slice(start, start + CHUNK);
    const rows = await prisma.$queryRaw<{ handle_key: string; follower: boolean; following: boolean }[]>`
      SELECT handle_key, follower_since IS NOT NULL AS follower, following_since IS NOT NULL AS following
      FROM relationships WHERE tracked_account_id = ${trackedAccountId} AND handle_key = ANY(${part}::text[])`;
    for (const r of rows) found.set(r.handle_key, { follower: r.follower, following: r.following });
  }
  return found;
}
