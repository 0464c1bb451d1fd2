import type { Prisma } from "../generated/prisma/client";
import { normalizeHandle } from "@/lib/domain/handles";
import type { AccountProfileInput } from "@/lib/domain/types";

type Tx = Prisma.TransactionClient;

const ms = (d: Date | null | undefined) => (d ? d.getTime() / 1000 : null);

/** Stores public profile fields; a field the source does not know keeps its earlier value. */
export async function upsertProfiles(tx: Tx, platform: string, profiles: AccountProfileInput[]) {
  const rows = profiles.flatMap((p) => {
    const name = normalizeHandle(p.handle);
    return name ? [{ ...p, key: name.key, handle: name.display }] : [];
  });
  for (let start = 0; start < rows.length; start += 20_000) {
    const part = rows.slice(start, start + 20_000);
    await tx.$executeRaw`
      INSERT INTO account_profiles AS a (platform, handle_key, handle, follower_count, following_count, video_count,
        has_avatar, is_private, bio_length, account_created_at, last_post_at, updated_at)
      SELECT DISTINCT ON (k) ${platform}, k, h, fc, fg, vc, av, pr, bl, to_timestamp(ca), to_timestamp(lp), now()
      FROM unnest(
        ${part.map((p) => p.key)}::text[], ${part.map((p) => p.handle)}::text[],
        ${part.map((p) => p.followerCount ?? null)}::int[], ${part.map((p) => p.followingCount ?? null)}::int[],
        ${part.map((p) => p.videoCount ?? null)}::int[], ${part.map((p) => p.hasAvatar ?? null)}::boolean[],
        ${part.map((p) => p.isPrivate ?? null)}::boolean[], ${part.map((p) => p.bioLength ?? null)}::int[],
        ${part.map((p) => ms(p.accountCreatedAt))}::float8[], ${part.map((p) => ms(p.lastPostAt))}::float8[]
      ) AS u(k, h, fc, fg, vc, av, pr, bl, ca, lp)
      ORDER BY k
      ON CONFLICT (platform, handle_key) DO UPDATE SET
        handle = EXCLUDED.handle,
        follower_count = COALESCE(EXCLUDED.follower_count, a.follower_count),
        following_count = COALESCE(EXCLUDED.following_count, a.following_count),
        video_count = COALESCE(EXCLUDED.video_count, a.video_count),
        has_avatar = COALESCE(EXCLUDED.has_avatar, a.has_avatar),
        is_private = COALESCE(EXCLUDED.is_private, a.is_private),
        bio_length = COALESCE(EXCLUDED.bio_length, a.bio_length),
        account_created_at = COALESCE(EXCLUDED.account_created_at, a.account_created_at),
        last_post_at = COALESCE(EXCLUDED.last_post_at, a.last_post_at),
        updated_at = now()`;
  }
}
