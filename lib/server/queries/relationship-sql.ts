// The SQL of a relationship list, shared by the table page and the export so both see the same rows in the same
// order. Every list filters and sorts by one date column with a partial index on (tracked_account_id, column), so a
// time range is a range on that index; bot labels come from bot_scores by its primary key, row by row.
import type { DayBounds } from "@/lib/domain/time-range";
import { addDays } from "@/lib/domain/calendar-days";
import type { RelationshipKind } from "@/lib/domain/types";
import type { RelationshipRow, RelationshipSort } from "@/lib/domain/view-types";
import { Prisma } from "../generated/prisma/client";

export type RelationshipFilter = {
  trackedAccountId: number;
  kind: RelationshipKind;
  bounds: DayBounds;
  search: string;
  label: string;
};

type DateColumn = "follower_since" | "following_since" | "follower_lost_before";

/** The date a list is about, sorts by and is filtered in time by: when they followed, when you did, when they left. */
export function kindDateColumn(kind: RelationshipKind): DateColumn {
  if (kind === "following" || kind === "not-following-back") return "following_since";
  if (kind === "lost-followers") return "follower_lost_before";
  return "follower_since";
}

const kindCondition: Record<RelationshipKind, Prisma.Sql> = {
  followers: Prisma.sql`r.follower_since IS NOT NULL`,
  "new-followers": Prisma.sql`r.follower_since IS NOT NULL`,
  following: Prisma.sql`r.following_since IS NOT NULL`,
  mutuals: Prisma.sql`r.follower_since IS NOT NULL AND r.following_since IS NOT NULL`,
  "not-following-back": Prisma.sql`r.following_since IS NOT NULL AND r.follower_since IS NULL`,
  fans: Prisma.sql`r.follower_since IS NOT NULL AND r.following_since IS NULL`,
  "lost-followers": Prisma.sql`r.follower_since IS NULL AND r.follower_lost_before IS NOT NULL`,
};

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

/** FROM … WHERE for a list: its kind, the time range on its date column, a handle prefix and a bot label. */
export function relationshipFrom(f: RelationshipFilter): Prisma.Sql {
  const column = Prisma.raw(`r.${kindDateColumn(f.kind)}`);
  const parts = [Prisma.sql`r.tracked_account_id = ${f.trackedAccountId}`, kindCondition[f.kind]];
  if (f.bounds.from) parts.push(Prisma.sql`${column} >= ${dayStart(f.bounds.from)}`);
  if (f.bounds.to) parts.push(Prisma.sql`${column} < ${dayStart(addDays(f.bounds.to, 1))}`);
  // "_" (common in handles) and "%" are LIKE wildcards; the C collation makes the prefix an index range.
  if (f.search) parts.push(Prisma.sql`r.handle_key LIKE ${`${f.search.replace(/[\\%_]/g, "\\$&")}%`}`);
  if (f.label !== "all") parts.push(Prisma.sql`b.label = ${f.label}`);
  return Prisma.sql`FROM relationships r
    LEFT JOIN bot_scores b ON b.tracked_account_id = r.tracked_account_id AND b.handle_key = r.handle_key
    WHERE ${Prisma.join(parts, " AND ")}`;
}

export const relationshipColumns = Prisma.sql`r.handle, r.handle_key, r.follower_since, r.following_since,
  r.follower_lost_after, r.follower_lost_before, b.label`;

/**
 * The table's order; ties on a date break by handle, in the same direction, so pages and the export never disagree
 * and an index on (date, handle) reads them in order either way (a lost-followers list is mostly ties).
 */
export function relationshipOrder(kind: RelationshipKind, sort: RelationshipSort): Prisma.Sql {
  const direction = Prisma.raw(sort.startsWith("-") ? "DESC" : "ASC");
  if (sort.endsWith("handle")) return Prisma.sql`ORDER BY r.handle_key ${direction}`;
  return Prisma.sql`ORDER BY ${Prisma.raw(`r.${kindDateColumn(kind)}`)} ${direction}, r.handle_key ${direction}`;
}

/** Rows after `last` in that order (keyset: the export reads a million rows without OFFSET). */
export function relationshipAfter(kind: RelationshipKind, sort: RelationshipSort, last: RawRelationship): Prisma.Sql {
  const descending = sort.startsWith("-");
  if (sort.endsWith("handle")) return descending ? Prisma.sql`AND r.handle_key < ${last.handle_key}` : Prisma.sql`AND r.handle_key > ${last.handle_key}`;
  const column = kindDateColumn(kind);
  const at = last[column];
  const c = Prisma.raw(`r.${column}`);
  // The first condition lets a date-only index start at the right place; the row comparison breaks ties by handle.
  return descending
    ? Prisma.sql`AND ${c} <= ${at} AND (${c}, r.handle_key) < (${at}, ${last.handle_key})`
    : Prisma.sql`AND ${c} >= ${at} AND (${c}, r.handle_key) > (${at}, ${last.handle_key})`;
}

export type RawRelationship = {
  handle: string;
  handle_key: string;
  follower_since: Date | null;
  following_since: Date | null;
  follower_lost_after: Date | null;
  follower_lost_before: Date | null;
  label: string | null;
};

export function toRelationshipRow(r: RawRelationship): RelationshipRow {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    handle: r.handle,
    handleKey: r.handle_key,
    followerSince: iso(r.follower_since),
    followingSince: iso(r.following_since),
    followerLostAfter: iso(r.follower_lost_after),
    followerLostBefore: iso(r.follower_lost_before),
    botLabel: r.label,
  };
}
