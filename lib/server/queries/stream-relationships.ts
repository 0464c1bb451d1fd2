import type { RelationshipQuery } from "@/lib/domain/relationship-query";
import type { RelationshipRow } from "@/lib/domain/view-types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { findLatestSnapshot, relationshipFilter } from "./find-relationships";
import { relationshipAfter, relationshipColumns, relationshipFrom, relationshipOrder, toRelationshipRow, type RawRelationship } from "./relationship-sql";

const CHUNK = 5_000;

/**
 * A whole list with the table's filter, search and order (every page, not one), in chunks read by key (never
 * OFFSET), so a million rows stream in flat memory.
 */
export async function* streamRelationships(scope: AccountScope, query: RelationshipQuery, chunkSize = CHUNK): AsyncGenerator<RelationshipRow[]> {
  const filter = relationshipFilter(scope, query, await findLatestSnapshot(scope));
  const from = relationshipFrom(filter);
  const order = relationshipOrder(query.kind, query.sort);
  let after = Prisma.empty;
  for (;;) {
    const rows = await db().$queryRaw<RawRelationship[]>`SELECT ${relationshipColumns} ${from} ${after} ${order} LIMIT ${chunkSize}`;
    if (rows.length === 0) return;
    yield rows.map(toRelationshipRow);
    if (rows.length < chunkSize) return;
    after = relationshipAfter(query.kind, query.sort, rows[rows.length - 1]!);
  }
}
