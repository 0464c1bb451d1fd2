import { normalizeHandle } from "@/lib/domain/handles";
import type { ParsedList } from "@/lib/domain/imports/types";
import type { PrismaClient } from "../generated/prisma/client";

const BATCH = 5_000;

/**
 * Instagram's "recently unfollowed" lists the creator's own unfollows: recorded as user-origin unfollow events (the
 * follow-integrity checks tell those from unfollows nobody asked for). The key makes a re-import add nothing.
 */
export async function recordExportIntents(prisma: PrismaClient, trackedAccountId: number, list: ParsedList | null) {
  if (!list || list.handles.length === 0) return;
  const rows = list.handles.flatMap((raw, i) => {
    const name = normalizeHandle(raw);
    const ms = list.since[i]!;
    if (!name || Number.isNaN(ms)) return [];
    const occurredAt = new Date(ms);
    return [{ trackedAccountId, handleKey: name.key, handle: name.display, direction: 2, action: "unfollow", origin: "user", occurredAt, source: "instagram-export", idempotencyKey: `instagram-unfollowed:${name.key}:${ms}` }];
  });
  for (let start = 0; start < rows.length; start += BATCH) {
    await prisma.followEvent.createMany({ data: rows.slice(start, start + BATCH), skipDuplicates: true });
  }
}
