// The platform chart's rows: one per UTC day of the range, a count per kind (0 where nothing happened), so the bars
// keep their spacing and a quiet day shows as a gap rather than vanishing.
import { anomalyKinds, type AnomalyKind } from "@/lib/domain/anomalies/types";

export type DailyKindCounts = { day: string } & Record<AnomalyKind, number>;

const DAY_MS = 86_400_000;

/** `days` days ending with the UTC day of `until`, oldest first; counts of unknown kinds or days outside are ignored. */
export function fillDailyKinds(counts: { day: string; kind: string; n: number }[], until: Date, days: number): DailyKindCounts[] {
  const end = Date.UTC(until.getUTCFullYear(), until.getUTCMonth(), until.getUTCDate());
  const rows: DailyKindCounts[] = [];
  const byDay = new Map<string, DailyKindCounts>();
  for (let i = days - 1; i >= 0; i--) {
    const day = new Date(end - i * DAY_MS).toISOString().slice(0, 10);
    const row = { day, ...Object.fromEntries(anomalyKinds.map((k) => [k, 0])) } as DailyKindCounts;
    rows.push(row);
    byDay.set(day, row);
  }
  for (const { day, kind, n } of counts) {
    const row = byDay.get(day);
    if (row && (anomalyKinds as readonly string[]).includes(kind)) row[kind as AnomalyKind] += n;
  }
  return rows;
}
