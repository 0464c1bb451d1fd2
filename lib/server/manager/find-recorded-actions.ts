import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

export type IntentResolution = "pending" | "confirmed" | "anomaly";

export type RecordedAction = {
  id: number;
  handle: string;
  handleKey: string;
  action: "follow" | "unfollow";
  source: string;
  occurredAt: string;
  resolution: IntentResolution;
};

export type RecordedActionPage = { rows: RecordedAction[]; page: number; pageSize: number; hasNext: boolean; pending: number };

export const RECORDED_PAGE_SIZE = 50;

const resolutionOf = (value: string): IntentResolution => (value === "confirmed" || value === "anomaly" ? value : "pending");

/**
 * The creator's own recorded follows and unfollows (origin user: the Following Manager, the API, an Instagram
 * export), newest first, with what the snapshots after them showed. Reads the (tracked_account_id, occurred_at)
 * index; one row past the page says whether there is a next one instead of counting them all.
 */
export async function findRecordedActions(scope: AccountScope, page: number): Promise<RecordedActionPage> {
  const where = { trackedAccountId: scope.trackedAccountId, origin: "user" };
  const [events, pending] = await Promise.all([
    db().followEvent.findMany({
      where,
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * RECORDED_PAGE_SIZE,
      take: RECORDED_PAGE_SIZE + 1,
      select: { id: true, handle: true, handleKey: true, action: true, source: true, occurredAt: true, resolution: true },
    }),
    db().followEvent.count({ where: { ...where, resolution: "pending" } }),
  ]);
  return {
    page,
    pageSize: RECORDED_PAGE_SIZE,
    hasNext: events.length > RECORDED_PAGE_SIZE,
    pending,
    rows: events.slice(0, RECORDED_PAGE_SIZE).map((e) => ({
      id: e.id,
      handle: e.handle,
      handleKey: e.handleKey,
      action: e.action === "follow" ? "follow" : "unfollow",
      source: e.source,
      occurredAt: e.occurredAt.toISOString(),
      resolution: resolutionOf(e.resolution),
    })),
  };
}
