import { chartConfig, type ChartSeries } from "./chart-config";

export type ChartTooltipRow = { series: ChartSeries; value: string; note?: string };

/** The tooltip body shared by the charts (rendered by Recharts' Tooltip `content`). */
export function ChartTooltipBox({ title, rows }: { title: string; rows: ChartTooltipRow[] }) {
  return (
    <div className="min-w-40 rounded-lg border border-zinc-200 bg-white/95 px-3 py-2 text-xs shadow-lg backdrop-blur dark:border-zinc-700 dark:bg-zinc-900/95">
      <p className="mb-1.5 font-medium text-zinc-900 dark:text-zinc-100">{title}</p>
      <ul className="space-y-1">
        {rows.map((row) => (
          <li key={row.series} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="size-2.5 shrink-0 rounded-sm"
              style={{ backgroundColor: chartConfig[row.series].color }}
            />
            <span className="text-zinc-600 dark:text-zinc-400">{chartConfig[row.series].label}</span>
            <span className="ml-auto pl-3 font-medium tabular-nums text-zinc-900 dark:text-zinc-100">
              {row.value}
            </span>
            {row.note ? <span className="text-zinc-500 dark:text-zinc-400">{row.note}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
