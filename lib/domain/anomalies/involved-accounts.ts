import type { InvolvedAccount, SnapshotPoint } from "./types";

/**
 * Accounts listed per anomaly: enough for a person to check by hand and for a CSV, without one purge writing a
 * million rows. `accountCount` keeps the full number.
 */
export const MAX_ANOMALY_ACCOUNTS = 1000;

/** The accounts to store: one row per handle (the table's key), the first MAX_ANOMALY_ACCOUNTS of them. */
export function capAccounts(accounts: InvolvedAccount[]): InvolvedAccount[] {
  const seen = new Set<string>();
  const out: InvolvedAccount[] = [];
  for (const a of accounts) {
    if (seen.has(a.handleKey)) continue;
    seen.add(a.handleKey);
    out.push(a);
    if (out.length === MAX_ANOMALY_ACCOUNTS) break;
  }
  return out;
}

/** The ids of the snapshots taken at these times (oldest first, each once). */
export function snapshotIdsAt(snapshots: SnapshotPoint[], times: Date[]): number[] {
  const wanted = new Set(times.map((t) => t.getTime()));
  return snapshots.filter((s) => wanted.has(s.takenAt.getTime())).map((s) => s.id);
}
