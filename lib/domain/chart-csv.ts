// The data behind each dashboard chart as CSV, the same days and numbers the chart draws.
import { csvCell } from "./relationship-csv";
import type { DailyPoint } from "./view-types";

export const chartDataKinds = ["followers", "gain-loss"] as const;
export type ChartData = (typeof chartDataKinds)[number];

const headers: Record<ChartData, string[]> = {
  followers: ["day", "followers", "estimated", "previous_day", "previous_followers"],
  "gain-loss": ["day", "gained", "lost", "net", "previous_day", "previous_gained", "previous_lost", "previous_net"],
};

const cells: Record<ChartData, (p: DailyPoint) => (string | number | null)[]> = {
  followers: (p) => [p.day, p.followers, p.reconstructed ? "yes" : "no", p.previous?.day ?? null, p.previous?.followers ?? null],
  "gain-loss": (p) => [
    p.day,
    p.gained,
    p.lost,
    p.gained - p.lost,
    p.previous?.day ?? null,
    p.previous?.gained ?? null,
    p.previous?.lost ?? null,
    p.previous ? p.previous.gained - p.previous.lost : null,
  ],
};

const line = (values: (string | number | null)[]) => values.map((v) => csvCell(v === null ? null : String(v))).join(",") + "\n";

export const chartCsvHeader = (chart: ChartData) => line(headers[chart]);
export const chartCsvLine = (chart: ChartData) => (p: DailyPoint) => line(cells[chart](p));

/** One line per day; previous-period cells stay empty where that period has no history (or there is none). */
export function chartCsv(chart: ChartData, points: DailyPoint[]): string {
  return chartCsvHeader(chart) + points.map(chartCsvLine(chart)).join("");
}
