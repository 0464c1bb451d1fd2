import type { RelationshipQuery } from "@/lib/domain/relationship-query";
import { dayOf, isAllTime, rangeBounds } from "@/lib/domain/time-range";
import type { RelationshipKind } from "@/lib/domain/types";
import type { RelationshipPage, RelationshipRow } from "@/lib/domain/view-types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { getAccountTimeline, type AccountTimeline } from "./account-timeline";
import { relationshipColumns, relationshipFrom, relationshipOrder, toRelationshipRow, type RawRelationship, type RelationshipFilter } from "./relationship-sql";

export const SEARCH_COUNT_CAP = 10_000;

type Latest = AccountTimeline["latest"];

/** The last snapshot: its day ends the preset ranges, its counts are the unfiltered lists' sizes. */
export async function findLatestSnapshot(scope: AccountScope): Promise<Latest> {
  return (await getAccountTimeline(scope.trackedAccountId)).latest;
}

export function relationshipFilter(scope: AccountScope, query: RelationshipQuery, latest: Latest): RelationshipFilter {
  return {
    trackedAccountId: scope.trackedAccountId,
    kind: query.kind,
    bounds: rangeBounds(query.range, dayOf(latest?.takenAt ?? new Date())),
    search: query.search,
    label: query.label,
  };
}

/** One page of a relationship list, with bot labels: one indexed range read whatever the account's size. */
export async function findRelationships(scope: AccountScope, query: RelationshipQuery): Promise<RelationshipPage> {
  const latest = await findLatestSnapshot(scope);
  const from = relationshipFrom(relationshipFilter(scope, query, latest));
  const unfiltered = !query.search && query.label === "all" && isAllTime(query.range);
  const [rows, total] = await Promise.all([
    readPage(from, query),
    unfiltered ? storedOrCountedTotal(query.kind, latest, from) : countCapped(from),
  ]);
  const capped = !unfiltered && total > SEARCH_COUNT_CAP;
  return {
    kind: query.kind,
    rows: rows.map(toRelationshipRow),
    page: query.page,
    pageSize: query.pageSize,
    total: capped ? SEARCH_COUNT_CAP : total,
    totalIsLowerBound: capped,
    sort: query.sort,
    search: query.search,
  };
}

/** The first rows of a list without counting it: a glance that links to the whole list. */
export async function findFirstRelationships(scope: AccountScope, query: RelationshipQuery): Promise<RelationshipRow[]> {
  const from = relationshipFrom(relationshipFilter(scope, query, await findLatestSnapshot(scope)));
  return (await readPage(from, query)).map(toRelationshipRow);
}

function readPage(from: Prisma.Sql, query: RelationshipQuery) {
  return db().$queryRaw<RawRelationship[]>`SELECT ${relationshipColumns} ${from} ${relationshipOrder(query.kind, query.sort)}
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
}

/** A one-letter search or a year of a big account can match a million rows: count at most SEARCH_COUNT_CAP + 1. */
export async function countCapped(from: Prisma.Sql): Promise<number> {
  const [row] = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 ${from} LIMIT ${SEARCH_COUNT_CAP + 1}) t`;
  return row?.n ?? 0;
}

/** The big lists' sizes are stored by the import; counting a million rows per page view is what we avoid. */
async function storedOrCountedTotal(kind: RelationshipKind, latest: Latest, from: Prisma.Sql) {
  if (!latest) return 0;
  const stored: Partial<Record<RelationshipKind, number>> = {
    followers: latest.followerCount,
    "new-followers": latest.followerCount,
    following: latest.followingCount,
    mutuals: latest.mutualCount,
    fans: latest.followerCount - latest.mutualCount,
    "not-following-back": latest.followingCount - latest.mutualCount,
  };
  const n = stored[kind];
  if (n !== undefined) return n;
  const [row] = await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n ${from}`;
  return row?.n ?? 0;
}
