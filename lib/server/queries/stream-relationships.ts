import type { RelationshipKind } from "@/lib/domain/types";
import type { RelationshipRow } from "@/lib/domain/view-types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { kindWhere } from "./relationship-filters";
import { relationshipSelect, toRelationshipRow } from "./find-relationships";

const CHUNK = 5_000;

/** A whole list in handle order, in chunks read by key (never OFFSET), so a million rows stream in flat memory. */
export async function* streamRelationships(scope: AccountScope, kind: RelationshipKind): AsyncGenerator<RelationshipRow[]> {
  const latest = await db().snapshot.findFirst({
    where: { trackedAccountId: scope.trackedAccountId },
    orderBy: { takenAt: "desc" },
    select: { takenAt: true },
  });
  const filter = kindWhere(kind, latest?.takenAt ?? null);
  let after: string | null = null;
  for (;;) {
    const rows: { handleKey: string }[] & Parameters<typeof toRelationshipRow>[0][] = await db().relationship.findMany({
      where: { trackedAccountId: scope.trackedAccountId, ...filter, ...(after !== null ? { handleKey: { gt: after } } : {}) },
      orderBy: { handleKey: "asc" },
      take: CHUNK,
      select: relationshipSelect,
    });
    if (rows.length === 0) return;
    yield rows.map(toRelationshipRow);
    after = rows[rows.length - 1]!.handleKey;
    if (rows.length < CHUNK) return;
  }
}
