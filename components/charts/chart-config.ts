// One source of truth for chart series: label and colour (a CSS variable from app/globals.css).
export type ChartSeriesConfig = { label: string; color: string };
export type ChartConfig = Record<string, ChartSeriesConfig>;

export const chartConfig = {
  followers: { label: "Followers", color: "var(--chart-followers)" },
  following: { label: "Following", color: "var(--chart-following)" },
  gained: { label: "Gained", color: "var(--chart-gained)" },
  lost: { label: "Lost", color: "var(--chart-lost)" },
} satisfies ChartConfig;

export type ChartSeries = keyof typeof chartConfig;

/** Shared axis/grid styling for every chart. */
export const axisTick = { fill: "var(--chart-axis)", fontSize: 12 } as const;
export const gridStroke = "var(--chart-grid)";
export const cursorFill = "var(--chart-cursor)";
