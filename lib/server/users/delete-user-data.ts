import { rm } from "node:fs/promises";
import { partitionsOf } from "../bots/score-partitions";
import type { PrismaClient } from "../generated/prisma/client";

/**
 * Deletes a user and everything that is theirs, in one transaction, then the import and profile files still waiting on disk.
 * Foreign keys take the tracked accounts, snapshots, imports, alerts (with their accounts, audit trail and webhook
 * deliveries), tokens and webhook; the big per-account tables carry none (see the schema) and go here, as do the
 * jobs, the user's tracked accounts listed in platform incidents (keyed by id), their tokens' rate buckets and their
 * sign-in throttle. Security events keep the lockout but no longer name the user; other users' alerts they were
 * assigned or acted on keep their trail with no actor (the foreign keys' SET NULL).
 */
export async function deleteUserData(prisma: PrismaClient, userId: number): Promise<{ trackedAccounts: number; files: number }> {
  const files = await prisma.$transaction(
    async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, apiTokens: { select: { id: true } } } });
      const ids = (await tx.trackedAccount.findMany({ where: { ownerId: userId }, select: { id: true } })).map((t) => t.id);
      const waiting = { trackedAccountId: { in: ids }, storagePath: { not: null } };
      const stored = [
        ...(await tx.import.findMany({ where: waiting, select: { storagePath: true } })),
        ...(await tx.profileImport.findMany({ where: waiting, select: { storagePath: true } })),
      ];
      await tx.$executeRaw`DELETE FROM relationships WHERE tracked_account_id = ANY(${ids}::int[])`;
      await tx.$executeRaw`DELETE FROM follow_intervals WHERE tracked_account_id = ANY(${ids}::int[])`;
      await tx.$executeRaw`DELETE FROM daily_stats WHERE tracked_account_id = ANY(${ids}::int[])`;
      await tx.$executeRaw`DELETE FROM bot_scores_default WHERE tracked_account_id = ANY(${ids}::int[])`;
      await tx.$executeRaw`DELETE FROM bot_summaries WHERE tracked_account_id = ANY(${ids}::int[])`;
      await tx.$executeRaw`DELETE FROM account_list_entries WHERE tracked_account_id = ANY(${ids}::int[])`;
      await tx.$executeRaw`DELETE FROM snapshot_contents WHERE tracked_account_id = ANY(${ids}::int[])`;
      await tx.$executeRaw`DELETE FROM follow_events WHERE tracked_account_id = ANY(${ids}::int[])`;
      await tx.job.deleteMany({ where: { trackedAccountId: { in: ids } } });
      await tx.$executeRaw`
        DELETE FROM anomaly_accounts aa USING anomalies a
        WHERE aa.anomaly_id = a.id AND a.tracked_account_id IS NULL AND aa.handle_key = ANY(${ids.map(String)}::text[])`;
      await tx.rateLimitBucket.deleteMany({
        where: { key: { in: [`signin:account:${user.email}`, ...user.apiTokens.map((t) => `api:${t.id}`)] } },
      });
      await tx.securityEvent.updateMany({ where: { userId }, data: { userId: null } });
      await tx.user.delete({ where: { id: userId } });
      // Last, as it locks bot_scores until the commit: each account's scores are a partition of their own.
      for (const partition of await partitionsOf((sql, values) => tx.$queryRawUnsafe(sql, ...values), ids))
        await tx.$executeRawUnsafe(`DROP TABLE "${partition}"`);
      return { trackedAccounts: ids.length, paths: stored.map((s) => s.storagePath!) };
    },
    { timeout: 30 * 60_000, maxWait: 10 * 60_000 },
  );
  await Promise.all(files.paths.map((p) => rm(p, { force: true })));
  return { trackedAccounts: files.trackedAccounts, files: files.paths.length };
}
