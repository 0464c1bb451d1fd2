import type { ProfilesRequest } from "@/lib/domain/api/profiles-request";
import { handleKey } from "@/lib/domain/handles";
import type { AccountProfileInput } from "@/lib/domain/types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { upsertProfiles } from "../snapshots/upsert-profiles";

export type UpsertedProfiles = { received: number; upserted: number };

const time = (value: string | null | undefined) => (value == null ? null : new Date(value));

/**
 * Stores pushed public profile fields on the tracked account's platform (the same table the bot scorer reads). A
 * field sent as null or left out keeps what is stored; a handle sent twice counts once.
 */
export async function upsertPushedProfiles(scope: AccountScope, profiles: ProfilesRequest["profiles"]): Promise<UpsertedProfiles> {
  const rows: AccountProfileInput[] = profiles.map((p) => ({
    ...p,
    accountCreatedAt: time(p.accountCreatedAt),
    lastPostAt: time(p.lastPostAt),
  }));
  await db().$transaction((tx) => upsertProfiles(tx, scope.platform, rows));
  const keys = new Set(profiles.map((p) => handleKey(p.handle)));
  return { received: profiles.length, upserted: keys.size };
}
