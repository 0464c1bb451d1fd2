// One source of truth for chart series: label and colour (a CSS variable from app/globals.css).
export type ChartSeriesConfig = { label: string; color: string };
export type ChartConfig = Record<string, ChartSeriesConfig>;

export const chartConfig = {
  followers: { label: "Followers", color: "var(--chart-followers)" },
  following: { label: "Following", color: "var(--chart-following)" },
  gained: { label: "Gained", color: "var(--chart-gained)" },
  lost: { label: "Lost", color: "var(--chart-lost)" },
  previous: { label: "Previous period", color: "var(--chart-previous)" },
  quality: { label: "Look real", color: "var(--chart-gained)" },
  scored: { label: "Followers", color: "var(--chart-following)" },
} satisfies ChartConfig;

export type ChartSeries = keyof typeof chartConfig;

/** Shared axis/grid styling for every chart. */
export const axisTick = { fill: "var(--chart-axis)", fontSize: 12 } as const;
export const gridStroke = "var(--chart-grid)";
export const cursorFill = "var(--chart-cursor)";

/** The day axis and the count axis both charts share. */
export function dayAxisProps(long: boolean, formatDay: (day: string, pattern: string) => string) {
  return {
    dataKey: "day",
    tick: axisTick,
    tickLine: false,
    axisLine: false,
    minTickGap: 32,
    tickMargin: 8,
    tickFormatter: (day: string) => formatDay(day, long ? "MMM yyyy" : "d MMM"),
  } as const;
}

export function countAxisProps(formatCount: (v: number) => string) {
  return { width: "auto", tick: axisTick, tickLine: false, axisLine: false, allowDecimals: false, tickFormatter: formatCount } as const;
}
