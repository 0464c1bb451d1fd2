import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import type { ListName } from "./add-to-list";

/** Every handle key on a list when it holds at most `max` of them; null when it holds more ("all" is then refused). */
export async function listHandleKeys(scope: AccountScope, list: ListName, max: number): Promise<string[] | null> {
  const entries = await db().accountListEntry.findMany({
    where: { trackedAccountId: scope.trackedAccountId, list },
    orderBy: [{ addedAt: "desc" }, { handleKey: "asc" }],
    take: max + 1,
    select: { handleKey: true },
  });
  return entries.length > max ? null : entries.map((e) => e.handleKey);
}
