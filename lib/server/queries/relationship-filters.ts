import type { RelationshipKind } from "@/lib/domain/types";
import type { Prisma } from "../generated/prisma/client";

const NEW_FOLLOWER_DAYS = 30;

/** Which relationship rows a list shows. `latest` is the last snapshot time (new followers are relative to it). */
export function kindWhere(kind: RelationshipKind, latest: Date | null): Prisma.RelationshipWhereInput {
  switch (kind) {
    case "followers":
      return { followerSince: { not: null } };
    case "following":
      return { followingSince: { not: null } };
    case "mutuals":
      return { followerSince: { not: null }, followingSince: { not: null } };
    case "not-following-back":
      return { followingSince: { not: null }, followerSince: null };
    case "fans":
      return { followerSince: { not: null }, followingSince: null };
    case "new-followers":
      return { followerSince: { gte: new Date((latest?.getTime() ?? Date.now()) - NEW_FOLLOWER_DAYS * 86_400_000) } };
    case "lost-followers":
      return { followerSince: null, followerLostBefore: { not: null } };
  }
}

/** The date column a list sorts by: when they followed, when you followed, or when they left. */
export function kindDateField(kind: RelationshipKind): "followerSince" | "followingSince" | "followerLostBefore" {
  if (kind === "following" || kind === "not-following-back") return "followingSince";
  if (kind === "lost-followers") return "followerLostBefore";
  return "followerSince";
}
