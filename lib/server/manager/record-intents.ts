import { intentKey, type IntentAction } from "@/lib/domain/manager/intent-key";
import type { AccountScope } from "../access/account-scope";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

export type RecordedIntents = { recorded: string[]; alreadyPending: number; skipped: number };

/** A repeated "I unfollowed these" within this window, while the first is still pending, adds nothing. */
const PENDING_WINDOW_DAYS = 30;

/**
 * Records the creator's own follows or unfollows as intents, for the next snapshot to confirm or turn into an
 * anomaly. One statement: only accounts that fit count (an unfollow needs an account the creator follows, a follow
 * one they do not follow yet), the display spelling comes from the relationship, an account with the same intent
 * still pending is left alone, and a recorded unfollow takes the account off the unfollow list (the work is done).
 */
export async function recordIntents(scope: AccountScope, action: IntentAction, handleKeys: string[], now = new Date()): Promise<RecordedIntents> {
  if (handleKeys.length === 0) return { recorded: [], alreadyPending: 0, skipped: 0 };
  const keys = handleKeys.map((k) => intentKey(action, k, now.getTime()));
  const fits = action === "unfollow" ? Prisma.sql`r.following_since IS NOT NULL` : Prisma.sql`r.following_since IS NULL`;
  // The pending check reads the account's recent events through the (tracked_account_id, occurred_at) index.
  const since = new Date(now.getTime() - PENDING_WINDOW_DAYS * 86_400_000);
  const outcome = await db().$queryRaw<{ handle_key: string; outcome: "recorded" | "pending" }[]>`
    WITH candidates AS (
      SELECT r.tracked_account_id, r.handle_key, r.handle, u.k, EXISTS (
        SELECT 1 FROM follow_events e
        WHERE e.tracked_account_id = r.tracked_account_id AND e.occurred_at >= ${since}::timestamptz
          AND e.handle_key = r.handle_key AND e.action = ${action} AND e.origin = 'user' AND e.resolution = 'pending'
      ) AS pending
      FROM unnest(${handleKeys}::text[], ${keys}::text[]) AS u(hk, k)
      JOIN relationships r ON r.tracked_account_id = ${scope.trackedAccountId} AND r.handle_key = u.hk
      WHERE ${fits}
    ), inserted AS (
      INSERT INTO follow_events (tracked_account_id, handle_key, handle, direction, action, origin, occurred_at, idempotency_key, source)
      SELECT tracked_account_id, handle_key, handle, 2, ${action}, 'user', ${now}::timestamptz, k, 'followlens'
      FROM candidates WHERE NOT pending
      ON CONFLICT (tracked_account_id, idempotency_key) DO NOTHING
      RETURNING handle_key
    )${action === "unfollow" ? offTheList(scope) : Prisma.empty}
    SELECT handle_key, 'recorded' AS outcome FROM inserted
    UNION ALL SELECT handle_key, 'pending' AS outcome FROM candidates WHERE pending`;
  const recorded = outcome.filter((o) => o.outcome === "recorded").map((o) => o.handle_key);
  const alreadyPending = outcome.length - recorded.length;
  return { recorded, alreadyPending, skipped: handleKeys.length - outcome.length };
}

const offTheList = (scope: AccountScope) => Prisma.sql`, off_the_list AS (
  DELETE FROM account_list_entries
  WHERE tracked_account_id = ${scope.trackedAccountId} AND list = 'unfollow' AND handle_key IN (SELECT handle_key FROM inserted)
)`;
