// The data behind each dashboard chart as CSV, the same days and numbers the chart draws.
import { csvCell } from "./relationship-csv";
import type { DailyPoint } from "./view-types";

export type ChartData = "followers" | "gain-loss";

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

/** One line per day; previous-period cells stay empty where that period has no history (or there is none). */
export function chartCsv(chart: ChartData, points: DailyPoint[]): string {
  const line = (values: (string | number | null)[]) => values.map((v) => csvCell(v === null ? null : String(v))).join(",") + "\n";
  return line(headers[chart]) + points.map((p) => line(cells[chart](p))).join("");
}
