import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import type { ListName } from "./add-to-list";

export type ListEntryRow = { handle: string; handleKey: string; addedAt: string; score: number | null; label: string | null };

const CHUNK = 5_000;

/** A list in the order entries were added, with each account's spelling and current score. */
export async function* streamListEntries(scope: AccountScope, list: ListName): AsyncGenerator<ListEntryRow[]> {
  let after: { addedAt: Date; handleKey: string } | null = null;
  for (;;) {
    const entries: { handleKey: string; addedAt: Date }[] = await db().accountListEntry.findMany({
      where: {
        trackedAccountId: scope.trackedAccountId,
        list,
        ...(after ? { OR: [{ addedAt: { lt: after.addedAt } }, { addedAt: after.addedAt, handleKey: { gt: after.handleKey } }] } : {}),
      },
      orderBy: [{ addedAt: "desc" }, { handleKey: "asc" }],
      take: CHUNK,
      select: { handleKey: true, addedAt: true },
    });
    if (entries.length === 0) return;
    const keys = entries.map((e) => e.handleKey);
    const [rels, scores] = await Promise.all([
      db().relationship.findMany({ where: { trackedAccountId: scope.trackedAccountId, handleKey: { in: keys } }, select: { handleKey: true, handle: true } }),
      db().botScore.findMany({ where: { trackedAccountId: scope.trackedAccountId, handleKey: { in: keys } }, select: { handleKey: true, score: true, label: true } }),
    ]);
    const handle = new Map(rels.map((r) => [r.handleKey, r.handle]));
    const score = new Map(scores.map((s) => [s.handleKey, s]));
    yield entries.map((e) => ({
      handle: handle.get(e.handleKey) ?? e.handleKey,
      handleKey: e.handleKey,
      addedAt: e.addedAt.toISOString(),
      score: score.get(e.handleKey)?.score ?? null,
      label: score.get(e.handleKey)?.label ?? null,
    }));
    const last = entries[entries.length - 1]!;
    after = { addedAt: last.addedAt, handleKey: last.handleKey };
    if (entries.length < CHUNK) return;
  }
}

/** Takes handles off one of the creator's lists; returns how many were on it. */
export async function removeFromList(scope: AccountScope, list: ListName, handleKeys: string[]) {
  const { count } = await db().accountListEntry.deleteMany({ where: { trackedAccountId: scope.trackedAccountId, list, handleKey: { in: handleKeys } } });
  return count;
}
