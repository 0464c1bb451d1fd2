import { z } from "zod";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

export const listNames = ["keep", "unfollow", "remove"] as const;
export type ListName = (typeof listNames)[number];

export const listSelectionSchema = z.object({
  list: z.enum(listNames, { error: "Choose the keep, unfollow or remove list." }),
  handleKeys: z.array(z.string().min(1).max(100)).min(1, "Select at least one account.").max(500, "Select at most 500 accounts at a time."),
});

/**
 * Puts handles on one of the creator's lists. Only handles connected to this tracked account count: keep and
 * unfollow need an account the creator follows, remove one that follows the creator. A handle is on one list at a
 * time, so moving it to keep takes it off unfollow; a move restarts its date (the keep list counts from then).
 * Returns how many were added.
 */
export async function addToList(scope: AccountScope, list: ListName, handleKeys: string[]): Promise<number> {
  const eligible = await db().relationship.findMany({
    where: {
      trackedAccountId: scope.trackedAccountId,
      handleKey: { in: handleKeys },
      ...(list === "remove" ? { followerSince: { not: null } } : { followingSince: { not: null } }),
    },
    select: { handleKey: true },
  });
  const keys = eligible.map((e) => e.handleKey);
  if (keys.length) {
    await db().$executeRaw`
      INSERT INTO account_list_entries (tracked_account_id, handle_key, list)
      SELECT ${scope.trackedAccountId}::int, k, ${list} FROM unnest(${keys}::text[]) AS u(k)
      ON CONFLICT (tracked_account_id, handle_key) DO UPDATE SET list = EXCLUDED.list,
        added_at = CASE WHEN account_list_entries.list = EXCLUDED.list THEN account_list_entries.added_at ELSE EXCLUDED.added_at END`;
  }
  return eligible.length;
}

/** A list named in a URL or form; anything else is the unfollow list (the one most pages mean). */
export function parseListName(value: unknown): ListName {
  return typeof value === "string" && (listNames as readonly string[]).includes(value) ? (value as ListName) : "unfollow";
}
