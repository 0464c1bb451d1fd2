import type { ProfilesRequest } from "@/lib/domain/api/profiles-request";
import { handleKey } from "@/lib/domain/handles";
import type { AccountProfileInput } from "@/lib/domain/types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { upsertProfiles } from "../snapshots/upsert-profiles";

export type UpsertedProfiles = { received: number; upserted: number; ignored: number };

const time = (value: string | null | undefined) => (value == null ? null : new Date(value));

/**
 * Stores pushed public profile fields on the tracked account's platform (the same table the bot scorer reads). A
 * field sent as null or left out keeps what is stored; a handle sent twice counts once. Profiles are shared by every
 * creator whose lists hold the handle, so a token may only write the tracked account's own profile and those of
 * accounts already in its lists (or history): anything else is ignored, so no one can repaint strangers' profiles.
 */
export async function upsertPushedProfiles(scope: AccountScope, profiles: ProfilesRequest["profiles"]): Promise<UpsertedProfiles> {
  const keys = [...new Set(profiles.map((p) => handleKey(p.handle)).filter((k): k is string => k !== null))];
  const connected = await db().relationship.findMany({
    where: { trackedAccountId: scope.trackedAccountId, handleKey: { in: keys } },
    select: { handleKey: true },
  });
  const allowed = new Set([handleKey(scope.handle), ...connected.map((r) => r.handleKey)]);
  const rows: AccountProfileInput[] = profiles
    .filter((p) => allowed.has(handleKey(p.handle)))
    .map((p) => ({ ...p, accountCreatedAt: time(p.accountCreatedAt), lastPostAt: time(p.lastPostAt) }));
  if (rows.length) await db().$transaction((tx) => upsertProfiles(tx, scope.platform, rows));
  const upserted = keys.filter((k) => allowed.has(k)).length;
  return { received: profiles.length, upserted, ignored: keys.length - upserted };
}
