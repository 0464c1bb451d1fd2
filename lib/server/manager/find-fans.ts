import type { RelationshipQuery } from "@/lib/domain/relationship-query";
import type { RelationshipPage } from "@/lib/domain/view-types";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { findRelationships } from "../queries/find-relationships";

export type FanPage = RelationshipPage & { followBackPending: string[] };

const PENDING_WINDOW_DAYS = 30;

/** Fans (they follow the creator, the creator does not follow them) with the ones a follow back is pending for. */
export async function findFans(scope: AccountScope, query: RelationshipQuery, now = new Date()): Promise<FanPage> {
  const page = await findRelationships(scope, { ...query, kind: "fans" });
  const pending = await db().followEvent.findMany({
    where: {
      trackedAccountId: scope.trackedAccountId,
      occurredAt: { gte: new Date(now.getTime() - PENDING_WINDOW_DAYS * 86_400_000) },
      handleKey: { in: page.rows.map((r) => r.handleKey) },
      action: "follow",
      origin: "user",
      resolution: "pending",
    },
    select: { handleKey: true },
    distinct: ["handleKey"],
  });
  return { ...page, followBackPending: pending.map((p) => p.handleKey) };
}
