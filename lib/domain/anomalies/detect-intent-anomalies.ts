import { groupBy } from "./group-by";
import { capAccounts } from "./involved-accounts";
import { countOf, formatDay, formatWindow } from "./format-window";
import { judgeIntents, type JudgedIntent } from "./resolve-intents";
import type { DetectedAnomaly, FollowIntent } from "./types";

const words = {
  follow: {
    kind: "follow-not-registered",
    did: (n: number) => `${countOf(n, "follow")} you made`,
    failed: () => "did not show up in your following",
    detail: "followed",
  },
  unfollow: {
    kind: "unfollow-not-applied",
    did: (n: number) => `${countOf(n, "unfollow")} you made`,
    failed: (n: number) => (n === 1 ? "was not applied: the account was still in your following" : "were not applied: the accounts were still in your following"),
    detail: "unfollowed",
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
  const sentence = `${w.did(n)} ${formatWindow(first, last)} ${w.failed(n)} on ${formatDay(check.takenAt)}`;
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
      detail: `${w.detail} ${formatDay(j.intent.occurredAt)}; not done at ${countOf(j.missing, "snapshot")}`,
    }))),
    accountCount: n,
    evidence: {
      facts: [
        { label: w.kind === "follow-not-registered" ? "Follows recorded" : "Unfollows recorded", value: String(n) },
        { label: "Checked at", value: formatDay(check.takenAt) },
        { label: "Still not done at the next snapshot", value: String(twice.length) },
      ],
      series: null,
    },
    snapshotIds: [check.snapshotId, ...secondChecks],
  };
}
