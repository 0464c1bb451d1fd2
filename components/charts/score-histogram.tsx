"use client";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { BrowserChart } from "@/components/charts/browser-chart";
import { formatCompact, formatNumber } from "../format";
import { axisTick, chartConfig, countAxisProps, cursorFill, gridStroke } from "./chart-config";
import { ChartTooltipBox } from "./chart-tooltip";

/** Followers per bot-score decile: real-looking audiences pile up on the left. */
export function ScoreHistogram({ histogram }: { histogram: number[] }) {
  const rows = histogram.map((n, i) => ({ bucket: i === 9 ? "90–100" : `${i * 10}–${i * 10 + 9}`, tick: String(i * 10), n }));
  const peak = rows.reduce((a, b) => (b.n > a.n ? b : a), rows[0] ?? { bucket: "", n: 0 });
  return (
    <div role="img" aria-label={`Bot score histogram of followers; most followers score ${peak.bucket}`} className="h-48 w-full">
      <BrowserChart initialDimension={{ width: 400, height: 192 }}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={gridStroke} />
          <XAxis dataKey="tick" tick={axisTick} tickLine={false} axisLine={false} interval={0} />
          <YAxis {...countAxisProps(formatCompact)} />
          <Tooltip
            cursor={{ fill: cursorFill }}
            content={({ active, payload }) => {
              const row = active ? (payload?.[0]?.payload as { bucket: string; n: number } | undefined) : undefined;
              return row ? <ChartTooltipBox title={`Score ${row.bucket}`} rows={[{ series: "scored", value: formatNumber(row.n) }]} /> : null;
            }}
          />
          <Bar dataKey="n" fill={chartConfig.scored.color} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </BrowserChart>
    </div>
  );
}
