import { groupBy, timeSpan } from "./group-by";
import { capAccounts } from "./involved-accounts";
import { countOf, dayKey, formatDay, formatShare } from "./format-window";
import type { AccountAnomalyRef, AnomalyKind, DetectedAnomaly } from "./types";

const DAY = 86_400_000;
/**
 * An incident needs at least three tracked accounts hit on one day: one or two are what deleted accounts and
 * forgotten in-app unfollows give any day...
 */
const MIN_ACCOUNTS = 3;
/**
 * ...and at least 5% of the accounts being watched: with thousands tracked, a dozen hit on one day is still chance;
 * one in twenty is not.
 */
const MIN_SHARE = 0.05;
/** High severity from ten accounts or a quarter of those watched. */
const HIGH_ACCOUNTS = 10;
const HIGH_SHARE = 0.25;
/** The evidence chart: accounts hit per day, a week either side. */
const SERIES_DAYS = 7;

const nouns: Partial<Record<AnomalyKind, [string, string]>> = {
  "unexpected-unfollow": ["unexpected unfollow", "unexpected unfollows"],
  "follow-not-registered": ["follow not registered", "follows not registered"],
  "unfollow-not-applied": ["unfollow not applied", "unfollows not applied"],
};
const forms = (kind: AnomalyKind): [string, string] => nouns[kind] ?? [kind.replaceAll("-", " "), `${kind.replaceAll("-", " ")}s`];
const noun = (kind: AnomalyKind, n: number) => countOf(n, ...forms(kind));

/**
 * Many tracked accounts hit by unexpected unfollows or failed follows on the same UTC day (of each anomaly's window
 * end): one incident per day, across creators. The accounts listed are the tracked accounts (keyed by id: two
 * creators may track the same handle).
 */
export function detectPlatformIncidents(refs: AccountAnomalyRef[], activeAccounts: number, now: Date): DetectedAnomaly[] {
  const byDay = new Map([...groupBy(refs, (r) => dayKey(r.windowEnd))].map(([d, rs]) => [d, groupBy(rs, (r) => r.trackedAccountId)]));
  const needed = Math.max(MIN_ACCOUNTS, Math.ceil(MIN_SHARE * activeAccounts));
  return [...byDay.entries()]
    .filter(([, accounts]) => accounts.size >= needed)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, accounts]) => {
      const hit = [...accounts.values()].flat();
      const n = accounts.size;
      const share = activeAccounts > 0 ? n / activeAccounts : null;
      const start = timeSpan(hit.map((r) => r.windowStart)).start;
      const end = timeSpan(hit.map((r) => r.windowEnd)).end;
      const kinds = totalsByKind(hit);
      const what = [...kinds.keys()].map((k) => forms(k)[1]);
      const whatWords = what.length > 1 ? `${what.slice(0, -1).join(", ")} and ${what.at(-1)}` : what[0];
      return {
        kind: "platform-incident",
        key: `platform-incident:${d}`,
        severity: n >= HIGH_ACCOUNTS || (share !== null && share >= HIGH_SHARE) ? "high" : "medium",
        windowStart: start,
        windowEnd: end,
        summary: `${countOf(n, "tracked account")}${share === null ? "" : ` (${formatShare(share)} of the ${activeAccounts} active)`} had ${whatWords} on ${formatDay(new Date(`${d}T00:00:00Z`))}`,
        accounts: capAccounts([...accounts.entries()].map(([id, rs]) => ({
          handleKey: String(id),
          handle: rs[0]!.handle,
          detail: [...totalsByKind(rs)].map(([k, c]) => noun(k, c)).join(", "),
        }))),
        accountCount: n,
        evidence: {
          facts: [
            { label: "Tracked accounts hit", value: String(n) },
            { label: "Active tracked accounts", value: String(activeAccounts) },
            { label: "Needed for an incident", value: String(needed) },
            ...[...kinds].map(([k, c]) => ({ label: forms(k)[1].replace(/^./, (x) => x.toUpperCase()), value: String(c) })),
          ],
          series: {
            label: "Tracked accounts hit",
            unit: "per day",
            points: seriesDays(d, now).map((day) => ({ at: day, value: byDay.get(day)?.size ?? 0, inWindow: day === d })),
            baseline: null,
            threshold: needed,
          },
        },
        snapshotIds: [],
      } satisfies DetectedAnomaly;
    });
}

/** Accounts involved per kind (each anomaly's full count), in the order kinds are listed. */
function totalsByKind(refs: AccountAnomalyRef[]): Map<AnomalyKind, number> {
  const totals = new Map<AnomalyKind, number>();
  for (const r of refs) totals.set(r.kind, (totals.get(r.kind) ?? 0) + r.accountCount);
  return new Map([...totals].sort(([a], [b]) => a.localeCompare(b)));
}

/** The days a week either side of `d`, up to today. */
function seriesDays(d: string, now: Date): string[] {
  const at = Date.parse(`${d}T00:00:00Z`);
  const today = dayKey(now);
  return Array.from({ length: 2 * SERIES_DAYS + 1 }, (_, i) => dayKey(new Date(at + (i - SERIES_DAYS) * DAY))).filter((day) => day <= today || day === d);
}
