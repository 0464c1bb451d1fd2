import { groupBy } from "./group-by";
import type { FollowIntent } from "./types";

export type IntentResolution = { intentId: number; resolution: "pending" | "confirmed" | "anomaly"; snapshotId: number | null };

type Check = FollowIntent["checks"][number];

/** An intent with what the snapshots after it say: the checks that judge it and how many of them contradict it. */
export type JudgedIntent = IntentResolution & {
  intent: FollowIntent;
  /** a later intent for the same handle came before any snapshot could show this one (follow, then unfollow) */
  superseded: boolean;
  /** the checks that judge it: those before the creator's next intent for the same handle */
  checks: Check[];
  /** checks in a row, from the first, that do not show what the intent did (0 when confirmed) */
  missing: number;
};

const judged = (i: FollowIntent) => i.origin === "user" && i.direction === 2;
const byTime = (a: FollowIntent, b: FollowIntent) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id - b.id;

/**
 * Judges each user-origin intent about the tracked account's own follows against the snapshots taken after it.
 * Only the last intent per handle before a snapshot counts: an earlier one was undone by the creator before any
 * snapshot could show it, and is marked confirmed by that snapshot (it agrees with what the creator did last), never
 * an anomaly. A check taken after the creator's next intent for that handle no longer judges this one.
 */
export function judgeIntents(intents: FollowIntent[]): JudgedIntent[] {
  const byHandle = groupBy(intents.filter(judged), (i) => i.handleKey);
  const out: JudgedIntent[] = [];
  for (const list of byHandle.values()) {
    list.sort(byTime);
    list.forEach((intent, n) => out.push(judgeOne(intent, list[n + 1])));
  }
  return out.sort((a, b) => byTime(a.intent, b.intent));
}

function judgeOne(intent: FollowIntent, next: FollowIntent | undefined): JudgedIntent {
  const all = intent.checks; // oldest first, as FollowIntent promises
  const first = all[0];
  const base = { intentId: intent.id, intent };
  if (next && (!first || next.occurredAt < first.takenAt)) {
    return { ...base, resolution: first ? "confirmed" : "pending", snapshotId: first?.snapshotId ?? null, superseded: true, checks: [], missing: 0 };
  }
  const checks = next ? all.filter((c) => c.takenAt <= next.occurredAt) : all;
  if (!first) return { ...base, resolution: "pending", snapshotId: null, superseded: false, checks, missing: 0 };
  const wanted = intent.action === "follow";
  const shown = checks.findIndex((c) => c.present === wanted);
  if (shown >= 0) {
    // Shown at the first check, or later (it arrived late): either way the platform did it.
    return { ...base, resolution: "confirmed", snapshotId: checks[shown]!.snapshotId, superseded: false, checks, missing: 0 };
  }
  return { ...base, resolution: "anomaly", snapshotId: first.snapshotId, superseded: false, checks, missing: checks.length };
}

/** What the snapshots after each user-origin intent about the account's own follows say about it. */
export function resolveIntents(intents: FollowIntent[]): IntentResolution[] {
  return judgeIntents(intents).map(({ intentId, resolution, snapshotId }) => ({ intentId, resolution, snapshotId }));
}
