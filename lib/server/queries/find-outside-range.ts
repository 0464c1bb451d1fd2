import type { OutsideRange } from "@/lib/domain/outside-range";
import type { RelationshipQuery } from "@/lib/domain/relationship-query";
import { dayOf } from "@/lib/domain/time-range";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { countCapped, findLatestSnapshot, relationshipFilter, SEARCH_COUNT_CAP } from "./find-relationships";
import { kindDateColumn, relationshipFrom } from "./relationship-sql";

/**
 * How many rows of this list (same search and label) lie outside its time range, and the first and last of their
 * dates: what an empty ranged list says instead of "nothing here". Three reads on the list's date index.
 */
export async function findOutsideRange(scope: AccountScope, query: RelationshipQuery): Promise<OutsideRange | null> {
  const filter = relationshipFilter(scope, query, await findLatestSnapshot(scope));
  const everything = relationshipFrom({ ...filter, bounds: { from: null, to: null } });
  const column = Prisma.raw(`r.${kindDateColumn(query.kind)}`);
  const edge = (direction: "ASC" | "DESC") =>
    db().$queryRaw<{ at: Date }[]>`SELECT ${column} AS at ${everything} ORDER BY ${column} ${Prisma.raw(direction)} LIMIT 1`;
  const [all, [earliest], [latest]] = await Promise.all([countCapped(everything), edge("ASC"), edge("DESC")]);
  if (!earliest || !latest) return null;
  // The list under its range is empty (that is when this is asked), so every row counted lies outside it.
  return { count: Math.min(all, SEARCH_COUNT_CAP), countIsLowerBound: all > SEARCH_COUNT_CAP, earliest: dayOf(earliest.at), latest: dayOf(latest.at) };
}
