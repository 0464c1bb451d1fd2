import type { ProfileRow } from "@/lib/domain/profiles/parse-profiles";
import type { AccountProfileInput } from "@/lib/domain/types";
import type { Prisma } from "../generated/prisma/client";
import { upsertProfiles } from "../snapshots/upsert-profiles";

const BATCH = 20_000;

const time = (ms: number | boolean | undefined) => (typeof ms === "number" ? new Date(ms) : null);
const toInput = (p: ProfileRow): AccountProfileInput => ({
  handle: p.handle,
  followerCount: (p.values.followerCount as number | undefined) ?? null,
  followingCount: (p.values.followingCount as number | undefined) ?? null,
  videoCount: (p.values.videoCount as number | undefined) ?? null,
  hasAvatar: (p.values.hasAvatar as boolean | undefined) ?? null,
  isPrivate: (p.values.isPrivate as boolean | undefined) ?? null,
  bioLength: (p.values.bioLength as number | undefined) ?? null,
  accountCreatedAt: time(p.values.accountCreatedAt),
  lastPostAt: time(p.values.lastPostAt),
});

/**
 * Upserts the profiles inside the caller's transaction, set-based (unnest arrays, INSERT … ON CONFLICT), 20,000 a
 * statement; a field the file lacks keeps what is stored. `onBatch` reports the rows written so far; if it throws,
 * the transaction (and every batch before) is rolled back.
 */
export async function writeProfileRows(tx: Prisma.TransactionClient, platform: string, rows: readonly ProfileRow[], onBatch: (written: number) => void = () => {}, batch = BATCH) {
  for (let start = 0; start < rows.length; start += batch) {
    const part = rows.slice(start, start + batch);
    await upsertProfiles(tx, platform, part.map(toInput));
    onBatch(start + part.length);
  }
}
