"use client";
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { BrowserChart } from "@/components/charts/browser-chart";
import { formatDate } from "../format";
import { axisTick, chartConfig, gridStroke } from "./chart-config";
import { ChartTooltipBox } from "./chart-tooltip";

const percent = (v: number) => `${(v * 100).toFixed(1)}%`;

/** Share of followers that look real at each snapshot (by today's scores). */
export function QualityTrend({ points }: { points: { takenAt: string; quality: number }[] }) {
  if (points.length < 2) return <p className="text-sm text-zinc-500 dark:text-zinc-400">The trend appears after two scored snapshots.</p>;
  const rows = points.map((p) => ({ day: p.takenAt.slice(0, 10), quality: p.quality }));
  return (
    <div role="img" aria-label={`Audience quality went from ${percent(rows[0]!.quality)} to ${percent(rows.at(-1)!.quality)}`} className="h-48 w-full">
      <BrowserChart initialDimension={{ width: 400, height: 192 }}>
        <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={gridStroke} />
          <XAxis dataKey="day" tick={axisTick} tickLine={false} axisLine={false} minTickGap={32} tickFormatter={(d: string) => formatDate(d, "d MMM")} />
          <YAxis width="auto" tick={axisTick} tickLine={false} axisLine={false} domain={["auto", "auto"]} tickFormatter={percent} />
          <Tooltip
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as { day: string; quality: number } | undefined) : undefined;
              return row ? <ChartTooltipBox title={formatDate(row.day)} rows={[{ series: "quality", value: percent(row.quality) }]} /> : null;
            }}
          />
          <Line dataKey="quality" stroke={chartConfig.quality.color} strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </BrowserChart>
    </div>
  );
}
