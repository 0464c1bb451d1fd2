import { addHours, subDays, subHours } from "date-fns";
import type { PrismaClient } from "../generated/prisma/client";

type Handle = { handle_key: string; handle: string };
type Loss = Handle & { until_after: Date; until_before: Date };

/**
 * Gives a seeded history what the Following Manager and the API would have recorded, so the demo shows every kind of
 * intent outcome: a keep list (some of it lost without an unfollow of the creator's), follows that never registered,
 * an unfollow that was not applied, unfollows the next snapshot confirmed, two still waiting, one system removal.
 * Picks handles from the history itself, in a fixed order, so the same seed gives the same demo.
 */
export async function seedDemoIntents(prisma: PrismaClient, trackedAccountId: number) {
  const snapshots = await prisma.snapshot.findMany({ where: { trackedAccountId, hasFollowing: true }, orderBy: { takenAt: "asc" }, select: { takenAt: true } });
  if (snapshots.length < 4) return;
  const at = (fromEnd: number) => snapshots[snapshots.length - fromEnd]!.takenAt;
  const losses = await prisma.$queryRaw<Loss[]>`
    SELECT f.handle_key, COALESCE(r.handle, f.handle_key) AS handle, f.until_after, f.until_before
    FROM follow_intervals f LEFT JOIN relationships r ON r.tracked_account_id = f.tracked_account_id AND r.handle_key = f.handle_key
    WHERE f.tracked_account_id = ${trackedAccountId} AND f.direction = 2 AND r.following_since IS NULL
    ORDER BY f.until_before DESC, f.handle_key`;
  const fans = await prisma.$queryRaw<Handle[]>`
    SELECT handle_key, handle FROM relationships
    WHERE tracked_account_id = ${trackedAccountId} AND follower_since IS NOT NULL AND following_since IS NULL
    ORDER BY handle_key LIMIT 3`;
  const followed = await prisma.$queryRaw<Handle[]>`
    SELECT handle_key, handle FROM relationships
    WHERE tracked_account_id = ${trackedAccountId} AND following_since IS NOT NULL AND following_since < ${subDays(at(1), 3)}
    ORDER BY handle_key LIMIT 16`;

  // Keep list: the most recent window that lost follows (up to 6 of them, kept since before), and 10 that are fine.
  const window = losses[0]?.until_before.getTime();
  const lostKept = losses.filter((l) => l.until_before.getTime() === window).slice(0, 6);
  const keep = [
    ...lostKept.map((l) => ({ handleKey: l.handle_key, addedAt: subDays(l.until_after, 5) })),
    ...followed.slice(6).map((f) => ({ handleKey: f.handle_key, addedAt: subDays(at(1), 10) })),
  ];
  await prisma.accountListEntry.createMany({ data: keep.map((k) => ({ trackedAccountId, list: "keep", ...k })), skipDuplicates: true });

  const confirmed = losses.filter((l) => l.until_before.getTime() !== window).slice(0, 3);
  const events = [
    ...fans.map((f) => ({ ...f, action: "follow", origin: "user", occurredAt: subHours(at(3), 2) })),
    ...followed.slice(0, 2).map((f) => ({ ...f, action: "unfollow", origin: "user", occurredAt: subHours(at(2), 1) })),
    ...confirmed.map((l) => ({ ...l, action: "unfollow", origin: "user", occurredAt: addHours(l.until_after, 1) })),
    ...followed.slice(2, 4).map((f) => ({ ...f, action: "unfollow", origin: "user", occurredAt: addHours(at(1), 1) })),
    ...followed.slice(4, 5).map((f) => ({ ...f, action: "unfollow", origin: "system", occurredAt: subDays(at(1), 4) })),
  ];
  await prisma.followEvent.createMany({
    data: events.map((e, i) => ({
      trackedAccountId,
      handleKey: e.handle_key,
      handle: e.handle,
      direction: 2,
      action: e.action,
      origin: e.origin,
      occurredAt: e.occurredAt,
      idempotencyKey: `demo:${i}:${e.action}:${e.handle_key}`,
      source: e.origin === "system" ? "api" : "followlens",
    })),
    skipDuplicates: true,
  });
}
