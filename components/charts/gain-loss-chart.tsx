"use client";

import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DailyPoint } from "@/lib/domain/view-types";
import { EmptyState } from "../empty-state";
import { formatCompact, formatDate, formatNumber, formatSigned } from "../format";
import { chartConfig, countAxisProps, cursorFill, dayAxisProps, gridStroke } from "./chart-config";
import { ChartLegend } from "./chart-legend";
import { ChartTooltipBox } from "./chart-tooltip";

/** Followers gained (up) and lost (down) per day. */
export function GainLossChart({ points }: { points: DailyPoint[] }) {
  const byDay = useMemo(() => new Map(points.map((p) => [p.day, p])), [points]);
  const rows = useMemo(() => points.map((p) => ({ day: p.day, gained: p.gained, lost: -p.lost })), [points]);

  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) {
    return <EmptyState title="No changes to chart yet">Gains and losses appear after your first import.</EmptyState>;
  }

  let gained = 0;
  let lost = 0;
  for (const p of points) {
    gained += p.gained;
    lost += p.lost;
  }
  const summary =
    `Followers gained and lost per day from ${formatDate(first.day)} to ${formatDate(last.day)}: ` +
    `${formatNumber(gained)} gained, ${formatNumber(lost)} lost, net ${formatSigned(gained - lost)}.`;
  const long = points.length > 400;

  return (
    <figure className="space-y-3">
      <ChartLegend series={["gained", "lost"]} />
      <div role="img" aria-label={summary} className="h-56 w-full sm:h-64">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height: 256 }}>
          <BarChart
            data={rows}
            stackOffset="sign"
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} stroke={gridStroke} />
            <XAxis {...dayAxisProps(long, formatDate)} />
            <YAxis {...countAxisProps(formatCompact)} />
            <ReferenceLine y={0} stroke="var(--chart-axis)" strokeOpacity={0.5} />
            <Tooltip
              cursor={{ fill: cursorFill }}
              content={({ active, label }) => {
                const p = active && typeof label === "string" ? byDay.get(label) : undefined;
                if (!p) return null;
                return (
                  <ChartTooltipBox
                    title={formatDate(p.day, "EEE d MMM yyyy")}
                    rows={[
                      { series: "gained", value: formatSigned(p.gained) },
                      { series: "lost", value: formatSigned(-p.lost) },
                    ]}
                  />
                );
              }}
            />
            <Bar
              dataKey="gained"
              name={chartConfig.gained.label}
              stackId="change"
              fill={chartConfig.gained.color}
              radius={[3, 3, 0, 0]}
              maxBarSize={24}
              isAnimationActive={false}
            />
            <Bar
              dataKey="lost"
              name={chartConfig.lost.label}
              stackId="change"
              fill={chartConfig.lost.color}
              radius={[3, 3, 0, 0]}
              maxBarSize={24}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-zinc-500 dark:text-zinc-400">
        Losses are charted on the day of the import that found them (exports carry no unfollow dates).
      </figcaption>
    </figure>
  );
}
