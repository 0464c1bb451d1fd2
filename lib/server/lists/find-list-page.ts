import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import type { ListName } from "./add-to-list";

export type ListPageRow = {
  handle: string;
  handleKey: string;
  addedAt: string;
  /** null: the creator no longer follows them (for the keep list, what the detectors look at) */
  followingSince: string | null;
  followsYou: boolean;
  videoCount: number | null;
  lastPostAt: string | null;
  score: number | null;
  label: string | null;
};

export type ListPage = { list: ListName; rows: ListPageRow[]; page: number; pageSize: number; total: number };

export const LIST_PAGE_SIZE = 50;

/**
 * One page of a list, newest entries first (the (tracked_account_id, list, added_at) index), with each account's
 * connection, profile and score looked up for that page only.
 */
export async function findListPage(scope: AccountScope, list: ListName, page: number): Promise<ListPage> {
  const where = { trackedAccountId: scope.trackedAccountId, list };
  const [entries, total] = await Promise.all([
    db().accountListEntry.findMany({
      where,
      orderBy: [{ addedAt: "desc" }, { handleKey: "asc" }],
      skip: (page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
      select: { handleKey: true, addedAt: true },
    }),
    db().accountListEntry.count({ where }),
  ]);
  const keys = entries.map((e) => e.handleKey);
  const [rels, scores, profiles] = await Promise.all([
    db().relationship.findMany({
      where: { trackedAccountId: scope.trackedAccountId, handleKey: { in: keys } },
      select: { handleKey: true, handle: true, followingSince: true, followerSince: true },
    }),
    db().botScore.findMany({ where: { trackedAccountId: scope.trackedAccountId, handleKey: { in: keys } }, select: { handleKey: true, score: true, label: true } }),
    db().accountProfile.findMany({ where: { platform: scope.platform, handleKey: { in: keys } }, select: { handleKey: true, videoCount: true, lastPostAt: true } }),
  ]);
  const rel = new Map(rels.map((r) => [r.handleKey, r]));
  const score = new Map(scores.map((s) => [s.handleKey, s]));
  const profile = new Map(profiles.map((p) => [p.handleKey, p]));
  return {
    list,
    page,
    pageSize: LIST_PAGE_SIZE,
    total,
    rows: entries.map((e) => {
      const r = rel.get(e.handleKey);
      const p = profile.get(e.handleKey);
      return {
        handle: r?.handle ?? e.handleKey,
        handleKey: e.handleKey,
        addedAt: e.addedAt.toISOString(),
        followingSince: r?.followingSince?.toISOString() ?? null,
        followsYou: r?.followerSince != null,
        videoCount: p?.videoCount ?? null,
        lastPostAt: p?.lastPostAt?.toISOString() ?? null,
        score: score.get(e.handleKey)?.score ?? null,
        label: score.get(e.handleKey)?.label ?? null,
      };
    }),
  };
}
