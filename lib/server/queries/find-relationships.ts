import type { RelationshipQuery } from "@/lib/domain/relationship-query";
import type { RelationshipKind } from "@/lib/domain/types";
import type { RelationshipPage, RelationshipRow } from "@/lib/domain/view-types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { kindDateField, kindWhere } from "./relationship-filters";

export const relationshipSelect = {
  handle: true,
  handleKey: true,
  followerSince: true,
  followingSince: true,
  followerLostAfter: true,
  followerLostBefore: true,
} satisfies Prisma.RelationshipSelect;

type SelectedRow = Prisma.RelationshipGetPayload<{ select: typeof relationshipSelect }>;

export function toRelationshipRow(r: SelectedRow): RelationshipRow {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    handle: r.handle,
    handleKey: r.handleKey,
    followerSince: iso(r.followerSince),
    followingSince: iso(r.followingSince),
    followerLostAfter: iso(r.followerLostAfter),
    followerLostBefore: iso(r.followerLostBefore),
  };
}

/** One page of a relationship list: a single indexed range read whatever the account's size. */
export async function findRelationships(scope: AccountScope, query: RelationshipQuery): Promise<RelationshipPage> {
  const latest = await db().snapshot.findFirst({
    where: { trackedAccountId: scope.trackedAccountId },
    orderBy: { takenAt: "desc" },
    select: { takenAt: true, followerCount: true, followingCount: true, mutualCount: true },
  });
  const where: Prisma.RelationshipWhereInput = {
    trackedAccountId: scope.trackedAccountId,
    ...kindWhere(query.kind, latest?.takenAt ?? null),
    // Prisma passes startsWith to LIKE unescaped, and "_" (common in handles) is a LIKE wildcard.
    ...(query.search ? { handleKey: { startsWith: query.search.replace(/[\\%_]/g, "\\$&") } } : {}),
  };
  const direction = query.sort.startsWith("-") ? "desc" : "asc";
  const orderBy: Prisma.RelationshipOrderByWithRelationInput[] = query.sort.endsWith("handle")
    ? [{ handleKey: direction }]
    : [{ [kindDateField(query.kind)]: direction }, { handleKey: "asc" }];
  const [rows, total] = await Promise.all([
    db().relationship.findMany({ where, orderBy, skip: (query.page - 1) * query.pageSize, take: query.pageSize, select: relationshipSelect }),
    // A one-letter search can match a tenth of a million followers: count at most SEARCH_COUNT_CAP + 1 of them.
    query.search ? db().relationship.count({ where, take: SEARCH_COUNT_CAP + 1 }) : storedOrCountedTotal(query.kind, latest, where),
  ]);
  const capped = query.search !== "" && total > SEARCH_COUNT_CAP;
  const labels = await db().botScore.findMany({
    where: { trackedAccountId: scope.trackedAccountId, handleKey: { in: rows.map((r) => r.handleKey) } },
    select: { handleKey: true, label: true },
  });
  const labelOf = new Map(labels.map((l) => [l.handleKey, l.label]));
  return {
    kind: query.kind,
    rows: rows.map((r) => ({ ...toRelationshipRow(r), botLabel: labelOf.get(r.handleKey) ?? null })),
    page: query.page,
    pageSize: query.pageSize,
    total: capped ? SEARCH_COUNT_CAP : total,
    totalIsLowerBound: capped,
    sort: query.sort,
    search: query.search,
  };
}

export const SEARCH_COUNT_CAP = 10_000;

type Latest = { followerCount: number; followingCount: number; mutualCount: number } | null;

/** The big lists' sizes are stored by the import; counting a million rows per page view is what we avoid. */
async function storedOrCountedTotal(kind: RelationshipKind, latest: Latest, where: Prisma.RelationshipWhereInput) {
  if (!latest) return 0;
  const stored: Partial<Record<RelationshipKind, number>> = {
    followers: latest.followerCount,
    following: latest.followingCount,
    mutuals: latest.mutualCount,
    fans: latest.followerCount - latest.mutualCount,
    "not-following-back": latest.followingCount - latest.mutualCount,
  };
  return stored[kind] ?? db().relationship.count({ where });
}
