import type { FollowEventInput } from "@/lib/domain/api/events-request";
import { normalizeHandle } from "@/lib/domain/handles";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";

export type RecordedEvents = { received: number; inserted: number; duplicates: number };

const DIRECTION = { follower: 1, following: 2 } as const;

/**
 * Records pushed follow and unfollow events in one statement. A key already recorded for the account (a retried push,
 * or the same key twice in one request) inserts nothing: the first one stands. Events feed the follow-integrity
 * detectors; they do not change follower lists (snapshots do).
 */
export async function recordFollowEvents(scope: AccountScope, events: readonly FollowEventInput[]): Promise<RecordedEvents> {
  const rows = events.flatMap((e) => {
    const name = normalizeHandle(e.handle);
    return name ? [{ ...e, handleKey: name.key, handle: name.display }] : [];
  });
  if (rows.length === 0) return { received: events.length, inserted: 0, duplicates: events.length };
  // Epoch milliseconds as float8, like upsertProfiles: one array type that both database drivers pass unchanged.
  const inserted = await db().$executeRaw`
    INSERT INTO follow_events (tracked_account_id, handle_key, handle, direction, action, origin, occurred_at, idempotency_key, source)
    SELECT ${scope.trackedAccountId}, u.hk, u.h, u.d::smallint, u.a, u.o, to_timestamp(u.t / 1000.0), u.k, 'api'
    FROM unnest(
      ${rows.map((r) => r.key)}::text[], ${rows.map((r) => r.handleKey)}::text[], ${rows.map((r) => r.handle)}::text[],
      ${rows.map((r) => DIRECTION[r.direction])}::int[], ${rows.map((r) => r.action)}::text[], ${rows.map((r) => r.origin)}::text[],
      ${rows.map((r) => Date.parse(r.occurredAt))}::float8[]
    ) WITH ORDINALITY AS u(k, hk, h, d, a, o, t, n)
    ORDER BY u.n
    ON CONFLICT (tracked_account_id, idempotency_key) DO NOTHING`;
  return { received: events.length, inserted, duplicates: events.length - inserted };
}
