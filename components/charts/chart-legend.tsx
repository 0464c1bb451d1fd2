import { chartConfig, type ChartSeries } from "./chart-config";

/** An HTML legend driven by the chart config (readable by screen readers, unlike the SVG). */
export function ChartLegend({ series }: { series: ChartSeries[] }) {
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
      {series.map((key) => (
        <li key={key} className="flex items-center gap-1.5">
          {key === "previous" ? (
            // Drawn as it is in the chart: a dashed line, not a filled swatch.
            <svg aria-hidden="true" width="16" height="4" viewBox="0 0 16 4">
              <line x1="0" y1="2" x2="16" y2="2" stroke={chartConfig.previous.color} strokeWidth="2" strokeDasharray="4 3" />
            </svg>
          ) : (
            <span aria-hidden="true" className="size-2.5 rounded-sm" style={{ backgroundColor: chartConfig[key].color }} />
          )}
          {chartConfig[key].label}
        </li>
      ))}
    </ul>
  );
}
