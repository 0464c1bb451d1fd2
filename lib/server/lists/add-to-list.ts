import { z } from "zod";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

export const listNames = ["unfollow", "remove"] as const;
export type ListName = (typeof listNames)[number];

export const listSelectionSchema = z.object({
  list: z.enum(listNames, { error: "Choose the unfollow list or the remove list." }),
  handleKeys: z.array(z.string().min(1).max(100)).min(1, "Select at least one account.").max(500, "Select at most 500 accounts at a time."),
});

/**
 * Puts handles on one of the creator's lists. Only handles connected to this tracked account count: unfollow needs
 * an account the creator follows, remove one that follows the creator. Returns how many were added.
 */
export async function addToList(scope: AccountScope, list: ListName, handleKeys: string[]): Promise<number> {
  const eligible = await db().relationship.findMany({
    where: {
      trackedAccountId: scope.trackedAccountId,
      handleKey: { in: handleKeys },
      ...(list === "unfollow" ? { followingSince: { not: null } } : { followerSince: { not: null } }),
    },
    select: { handleKey: true },
  });
  const keys = eligible.map((e) => e.handleKey);
  if (keys.length) {
    await db().$executeRaw`
      INSERT INTO account_list_entries (tracked_account_id, handle_key, list)
      SELECT ${scope.trackedAccountId}::int, k, ${list} FROM unnest(${keys}::text[]) AS u(k)
      ON CONFLICT (tracked_account_id, handle_key) DO UPDATE SET list = EXCLUDED.list`;
  }
  return eligible.length;
}
