import { groupBy, timeSpan } from "./group-by";
import { capAccounts, MAX_ANOMALY_ACCOUNTS, snapshotIdsAt } from "./involved-accounts";
import { atHandle, countOf, dayKey, formatDay, formatWindow } from "./format-window";
import type { Churner, DetectedAnomaly, SnapshotPoint } from "./types";

const DAY = 86_400_000;
/**
 * Rings are looked for in periods of four weeks counted from the Unix epoch, not from today: the same history always
 * falls into the same periods, so a ring keeps its key from run to run. Four weeks hold several follow/unfollow
 * rounds of a follow-for-follow scheme.
 */
const PERIOD_DAYS = 28;
/** A member left at least twice in the period (and came back in between)... */
const MIN_LOSSES = 2;
/** ...and a ring is at least three of them: one or two seesaw accounts are just fickle followers. */
const MIN_MEMBERS = 3;
const MEDIUM_MEMBERS = 10;
const HIGH_MEMBERS = 50;

type Member = { churner: Churner; losses: Date[]; rejoins: Date[] };

/** Followers who follow and unfollow the account again and again, several in the same period. */
export function detectChurnRings(trackedAccountId: number, handle: string, snapshots: SnapshotPoint[], churners: Churner[]): DetectedAnomaly[] {
  const members: (Member & { period: number })[] = [];
  for (const churner of churners) {
    const starts = new Set(churner.losses.map(periodOf));
    for (const p of starts) {
      const losses = churner.losses.filter((d) => periodOf(d) === p);
      const rejoins = churner.rejoins.filter((d) => periodOf(d) === p);
      if (losses.length < MIN_LOSSES || rejoins.length === 0) continue;
      members.push({ period: p, churner, losses, rejoins });
    }
  }
  return [...groupBy(members, (m) => m.period).entries()]
    .filter(([, members]) => members.length >= MIN_MEMBERS)
    .sort(([a], [b]) => a - b)
    .map(([p, members]) => describeRing(trackedAccountId, handle, snapshots, p, members));
}

function periodOf(d: Date): number {
  return Math.floor(d.getTime() / (PERIOD_DAYS * DAY));
}

function describeRing(trackedAccountId: number, handle: string, snapshots: SnapshotPoint[], period: number, members: Member[]): DetectedAnomaly {
  const periodStart = period * PERIOD_DAYS * DAY;
  const losses = members.flatMap((m) => m.losses);
  const { start, end } = timeSpan([...losses, ...members.flatMap((m) => m.rejoins)]);
  // Plain comparison, not localeCompare: a ring of a big account can have a hundred thousand members.
  members.sort((a, b) => b.losses.length - a.losses.length || (a.churner.handleKey < b.churner.handleKey ? -1 : 1));
  const n = members.length;
  const perDay = new Array<number>(PERIOD_DAYS).fill(0);
  for (const d of losses) perDay[Math.floor((d.getTime() - periodStart) / DAY)]! += 1;
  return {
    kind: "churn-ring",
    key: `churn-ring:${trackedAccountId}:${dayKey(new Date(periodStart))}`,
    severity: n >= HIGH_MEMBERS ? "high" : n >= MEDIUM_MEMBERS ? "medium" : "low",
    windowStart: start,
    windowEnd: end,
    summary: `${countOf(n, "account")} followed and unfollowed ${atHandle(handle)} again and again ${formatWindow(start, end)}: each left at least twice`,
    accounts: capAccounts(members.slice(0, MAX_ANOMALY_ACCOUNTS).map((m) => ({ handleKey: m.churner.handleKey, handle: m.churner.handle, detail: m.losses.length === 2 ? "left twice" : `left ${m.losses.length} times` }))),
    accountCount: n,
    evidence: {
      facts: [
        { label: "Accounts in the ring", value: String(n) },
        { label: "Unfollows among them", value: String(losses.length) },
        { label: "Period", value: `${formatDay(new Date(periodStart))} – ${formatDay(new Date(periodStart + (PERIOD_DAYS - 1) * DAY))}` },
      ],
      series: {
        label: "Unfollows by ring members",
        unit: "per day",
        points: Array.from({ length: PERIOD_DAYS }, (_, i) => {
          const at = new Date(periodStart + i * DAY);
          return { at: dayKey(at), value: perDay[i]!, inWindow: at.getTime() + DAY > start.getTime() && at <= end };
        }),
        baseline: null,
        threshold: null,
      },
    },
    snapshotIds: snapshotIdsAt(snapshots, losses),
  };
}
