import type { FollowIntent } from "@/lib/domain/anomalies/types";
import type { Db } from "./db-client";

type Row = {
  id: number; handle_key: string; handle: string; direction: number; action: string; origin: string; occurred_at: Date;
  check_id: number | null; check_at: Date | null; present: boolean | null;
};

/**
 * The account's user-origin intents about its own follows, each with the first two snapshots (that had the following
 * list) taken after it and whether the follow was there; and every system-origin unfollow. A follow is there at a
 * snapshot when it began at or before it and was open, or closed no earlier than it (until_after is the last
 * snapshot that still had it). A snapshot within 15 minutes of the intent does not judge it: the platform takes a
 * moment to register a tap, and a list fetched right after would call every fresh follow "not registered".
 */
export async function readIntents(db: Db, trackedAccountId: number): Promise<FollowIntent[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT e.id, e.handle_key, e.handle, e.direction::int AS direction, e.action, e.origin, e.occurred_at,
           c.id AS check_id, c.taken_at AS check_at,
           CASE WHEN c.id IS NULL THEN NULL ELSE (
             EXISTS (SELECT 1 FROM relationships r WHERE r.tracked_account_id = e.tracked_account_id
                       AND r.handle_key = e.handle_key AND r.following_since <= c.taken_at)
             OR EXISTS (SELECT 1 FROM follow_intervals f WHERE f.tracked_account_id = e.tracked_account_id
                       AND f.handle_key = e.handle_key AND f.direction = 2 AND f.since <= c.taken_at AND f.until_after >= c.taken_at)
           ) END AS present
    FROM follow_events e
    LEFT JOIN LATERAL (
      SELECT s.id, s.taken_at FROM snapshots s
      WHERE s.tracked_account_id = e.tracked_account_id AND s.has_following AND s.taken_at > e.occurred_at + interval '15 minutes'
      ORDER BY s.taken_at LIMIT 2
    ) c ON e.origin = 'user' AND e.direction = 2
    WHERE e.tracked_account_id = ${trackedAccountId}
      AND ((e.origin = 'user' AND e.direction = 2) OR (e.origin = 'system' AND e.action = 'unfollow'))
    ORDER BY e.occurred_at, e.id, c.taken_at`;
  const byId = new Map<number, FollowIntent>();
  for (const r of rows) {
    let intent = byId.get(r.id);
    if (!intent) {
      intent = {
        id: r.id,
        handleKey: r.handle_key,
        handle: r.handle,
        direction: r.direction === 1 ? 1 : 2,
        action: r.action === "follow" ? "follow" : "unfollow",
        origin: r.origin === "system" ? "system" : "user",
        occurredAt: r.occurred_at,
        checks: [],
      };
      byId.set(r.id, intent);
    }
    if (r.check_id !== null && r.check_at !== null) intent.checks.push({ snapshotId: r.check_id, takenAt: r.check_at, present: r.present === true });
  }
  return [...byId.values()];
}
