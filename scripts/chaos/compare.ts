import type { ChaosExport, Outcome } from "./chaos-data";

export type ChaosVerdict = { applied: number; failedKept: number; lost: string[]; duplicates: string[]; mismatches: string[] };

/**
 * Every export ends applied exactly once (one snapshot with its file's hash) or failed with its file kept for a
 * retry; anything else is lost. The account's history must then equal the clean run's, row count for row count.
 */
export function compareOutcomes(exports: ChaosExport[], clean: Outcome, chaos: Outcome): ChaosVerdict {
  const verdict: ChaosVerdict = { applied: 0, failedKept: 0, lost: [], duplicates: [], mismatches: [] };
  for (const [i, e] of exports.entries()) {
    const name = `export ${i + 1}`;
    const snapshots = chaos.snapshots.filter((s) => s.hash === `file:${e.sha256}`).length;
    if (snapshots > 1) verdict.duplicates.push(name);
    if (snapshots >= 1) verdict.applied++;
    else if (chaos.imports.some((m) => m.hash === e.sha256 && m.status === "failed" && m.storagePath)) verdict.failedKept++;
    else verdict.lost.push(name);
  }
  if (JSON.stringify(clean.snapshots) !== JSON.stringify(chaos.snapshots)) {
    const at = clean.snapshots.findIndex((s, i) => JSON.stringify(s) !== JSON.stringify(chaos.snapshots[i]));
    verdict.mismatches.push(`snapshots differ from the clean run's (first at #${at + 1}: ${JSON.stringify(clean.snapshots[at])} vs ${JSON.stringify(chaos.snapshots[at])})`);
  }
  for (const key of ["relationships", "intervals", "dailyRows"] as const) {
    if (clean[key] !== chaos[key]) verdict.mismatches.push(`${key}: ${chaos[key]} (clean run ${clean[key]})`);
  }
  return verdict;
}
