import { groupBy, timeSpan } from "./group-by";
import { capAccounts } from "./involved-accounts";
import { countOf, dayKey, formatWindow } from "./format-window";
import type { DetectedAnomaly, FollowIntent } from "./types";

/** From this many accounts in one day it is high severity. */
const HIGH_COUNT = 10;

/**
 * Unfollows the event source says the platform made (system origin), of either direction: one anomaly per UTC day.
 * Each account once, even when both of its follows ended.
 */
export function detectSystemUnfollows(trackedAccountId: number, intents: FollowIntent[]): DetectedAnomaly[] {
  const days = groupBy(intents.filter((i) => i.origin === "system" && i.action === "unfollow"), (i) => dayKey(i.occurredAt));
  return [...days.entries()].map(([d, events]) => {
    const byHandle = new Map<string, { handle: string; directions: Set<1 | 2> }>();
    for (const e of events) {
      const h = byHandle.get(e.handleKey) ?? { handle: e.handle, directions: new Set<1 | 2>() };
      h.directions.add(e.direction);
      byHandle.set(e.handleKey, h);
    }
    const following = [...byHandle.values()].filter((h) => h.directions.has(2)).length;
    const followers = [...byHandle.values()].filter((h) => h.directions.has(1)).length;
    const { start, end } = timeSpan(events.map((e) => e.occurredAt));
    const where = [following > 0 ? `${following} in your following` : null, followers > 0 ? `${followers} among your followers` : null].filter(Boolean).join(", ");
    const n = byHandle.size;
    return {
      kind: "unexpected-unfollow",
      key: `unexpected-unfollow:${trackedAccountId}:system:${d}`,
      severity: n >= HIGH_COUNT ? "high" : "medium",
      windowStart: start,
      windowEnd: end,
      summary: `The platform, not you, ended follows with ${countOf(n, "account")} ${formatWindow(start, end)}: ${where}`,
      accounts: capAccounts([...byHandle.entries()].map(([handleKey, h]) => ({
        handleKey,
        handle: h.handle,
        detail: h.directions.size === 2 ? "both follows ended" : h.directions.has(2) ? "you no longer follow them" : "no longer follows you",
      }))),
      accountCount: n,
      evidence: {
        facts: [
          { label: "Ended by the platform", value: String(n) },
          { label: "In your following", value: String(following) },
          { label: "Among your followers", value: String(followers) },
        ],
        series: null,
      },
      snapshotIds: [],
    } satisfies DetectedAnomaly;
  });
}
