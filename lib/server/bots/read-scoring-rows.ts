import type { BotSignalInput } from "@/lib/domain/bots/types";
import { Prisma, type PrismaClient } from "../generated/prisma/client";

export type ScoringRow = { handleKey: string; followerSince: Date | null; input: BotSignalInput };

type Raw = {
  handle_key: string;
  handle: string;
  follower_since: Date | null;
  follower_count: number | null;
  following_count: number | null;
  video_count: number | null;
  has_avatar: boolean | null;
  is_private: boolean | null;
  bio_length: number | null;
  account_created_at: Date | null;
  last_post_at: Date | null;
};

const toRow = (r: Raw): ScoringRow => ({
  handleKey: r.handle_key,
  followerSince: r.follower_since,
  input: {
    handle: r.handle,
    followerCount: r.follower_count,
    followingCount: r.following_count,
    videoCount: r.video_count,
    hasAvatar: r.has_avatar,
    isPrivate: r.is_private,
    bioLength: r.bio_length,
    accountCreatedAt: r.account_created_at,
    lastPostAt: r.last_post_at,
  },
});

const CHUNK = 10_000;

/** The columns scoring needs: a relationship row with the handle's public profile, if any. */
const rowsWithProfiles = (platform: string) => Prisma.sql`
  SELECT r.handle_key, r.handle, r.follower_since, p.follower_count, p.following_count, p.video_count, p.has_avatar,
         p.is_private, p.bio_length, p.account_created_at, p.last_post_at
  FROM relationships r LEFT JOIN account_profiles p ON p.platform = ${platform} AND p.handle_key = r.handle_key`;

/** Current followers in the order they arrived (keyset on the partial date index), with their profiles. */
export function readFollowersByArrival(prisma: PrismaClient, trackedAccountId: number, platform: string) {
  return readAhead((last: Raw | null) => {
    // The first condition lets the date index start at the right place; the row comparison breaks ties.
    const after = last
      ? Prisma.sql`AND r.follower_since >= ${last.follower_since}::timestamptz
        AND (r.follower_since, r.handle_key) > (${last.follower_since}::timestamptz, ${last.handle_key})`
      : Prisma.empty;
    return prisma.$queryRaw<Raw[]>`
      ${rowsWithProfiles(platform)}
      WHERE r.tracked_account_id = ${trackedAccountId} AND r.follower_since IS NOT NULL ${after}
      ORDER BY r.follower_since, r.handle_key LIMIT ${CHUNK}`;
  });
}

/** Accounts the tracked account follows that do not follow it, by key. */
export function readFollowingOnly(prisma: PrismaClient, trackedAccountId: number, platform: string) {
  return readAhead((last: Raw | null) => prisma.$queryRaw<Raw[]>`
    ${rowsWithProfiles(platform)}
    WHERE r.tracked_account_id = ${trackedAccountId} AND r.follower_since IS NULL AND r.following_since IS NOT NULL
      AND r.handle_key > ${last?.handle_key ?? ""}
    ORDER BY r.handle_key LIMIT ${CHUNK}`);
}

/**
 * Keyset pages of CHUNK rows, each asked for as soon as the one before has arrived, so the server reads the next
 * page while the caller scores this one.
 */
async function* readAhead(page: (last: Raw | null) => Promise<Raw[]>): AsyncGenerator<ScoringRow[]> {
  let next = page(null);
  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;
    const full = rows.length === CHUNK;
    if (full) {
      next = page(rows[rows.length - 1]!);
      // Handled here if the caller stops early; awaited (and thrown) on the next turn otherwise.
      next.catch(() => {});
    }
    yield rows.map(toRow);
    if (!full) return;
  }
}
