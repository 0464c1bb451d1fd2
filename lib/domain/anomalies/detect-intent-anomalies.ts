import { groupBy } from "./group-by";
import { capAccounts } from "./involved-accounts";
import { atHandle, countOf, formatDay, formatWindow } from "./format-window";
import { judgeIntents, type JudgedIntent } from "./resolve-intents";
import type { DetectedAnomaly, FollowIntent } from "./types";

// The sentence of one intent names the account; several are counted.
const words = {
  follow: {
    kind: "follow-not-registered",
    one: (handle: string, when: string, on: string) => `Your follow of ${handle} ${when} did not show up in your following on ${on}`,
    many: (n: number, when: string, on: string) => `${countOf(n, "follow")} you made ${when} did not show up in your following on ${on}`,
    recorded: "Follows recorded",
    detail: (when: string, missing: number) => `followed ${when}; missing at ${countOf(missing, "snapshot")}`,
  },
  unfollow: {
    kind: "unfollow-not-applied",
    one: (handle: string, when: string, on: string) => `Your unfollow of ${handle} ${when} was not applied: you still followed them on ${on}`,
    many: (n: number, when: string, on: string) => `${countOf(n, "unfollow")} you made ${when} were not applied: you still followed those accounts on ${on}`,
    recorded: "Unfollows recorded",
    detail: (when: string, missing: number) => `unfollowed ${when}; still followed at ${countOf(missing, "snapshot")}`,
  },
} as const;

/**
 * Follows the creator made that the next snapshot does not show, and unfollows it shows undone. One anomaly per
 * kind and first check: every such intent judged by the same snapshot is one event for the creator. Medium after
 * one snapshot, high when the next one still disagrees; it is withdrawn if a later snapshot shows it done (late).
 */
export function detectIntentAnomalies(trackedAccountId: number, intents: FollowIntent[]): DetectedAnomaly[] {
  const failed = judgeIntents(intents).filter((j) => j.resolution === "anomaly");
  const groups = groupBy(failed, (j) => `${j.intent.action}:${j.checks[0]!.snapshotId}`);
  return [...groups.values()].map((group) => describeGroup(trackedAccountId, group));
}

function describeGroup(trackedAccountId: number, group: JudgedIntent[]): DetectedAnomaly {
  const w = words[group[0]!.intent.action];
  const check = group[0]!.checks[0]!;
  const first = group[0]!.intent.occurredAt;
  const last = group.at(-1)!.intent.occurredAt;
  const twice = group.filter((j) => j.missing >= 2);
  const n = group.length;
  const on = formatDay(check.takenAt);
  const sentence = n === 1 ? w.one(atHandle(group[0]!.intent.handle), formatWindow(first, last), on) : w.many(n, formatWindow(first, last), on);
  const later = twice.length === 0 ? "" : n === 1 ? ", nor at the next snapshot" : `; ${twice.length} still at the next snapshot`;
  const secondChecks = [...new Set(twice.map((j) => j.checks[1]!.snapshotId))];
  return {
    kind: w.kind,
    key: `${w.kind}:${trackedAccountId}:${check.takenAt.toISOString()}`,
    severity: twice.length > 0 ? "high" : "medium",
    windowStart: first,
    windowEnd: check.takenAt,
    summary: sentence + later,
    accounts: capAccounts(group.map((j) => ({
      handleKey: j.intent.handleKey,
      handle: j.intent.handle,
      detail: w.detail(formatDay(j.intent.occurredAt), j.missing),
    }))),
    accountCount: n,
    evidence: {
      facts: [
        { label: w.recorded, value: String(n) },
        { label: "Checked at", value: formatDay(check.takenAt) },
        { label: "Still not done at the next snapshot", value: String(twice.length) },
      ],
      series: null,
    },
    snapshotIds: [check.snapshotId, ...secondChecks],
  };
}
