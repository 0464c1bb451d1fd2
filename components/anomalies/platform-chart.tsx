"use client";

import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { BrowserChart } from "@/components/charts/browser-chart";
import { anomalyKinds } from "@/lib/domain/anomalies/types";
import type { DailyKindCounts } from "@/lib/server/admin/fill-daily-kinds";
import { EmptyState } from "../empty-state";
import { formatCompact, formatDate, formatNumber } from "../format";
import { anomalyAxisTick, kindChartConfig } from "./anomaly-chart-config";

/** Anomalies per day, stacked by kind; kinds that never occur in the range stay out of the legend and the stack. */
export function PlatformChart({ days }: { days: DailyKindCounts[] }) {
  const byDay = useMemo(() => new Map(days.map((d) => [d.day, d])), [days]);
  const present = useMemo(() => anomalyKinds.filter((k) => days.some((d) => d[k] > 0)), [days]);
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last || present.length === 0) {
    return <EmptyState title="No anomalies in the last 60 days">The chart fills in as the detectors find anomalies.</EmptyState>;
  }
  const total = days.reduce((sum, d) => sum + present.reduce((s, k) => s + d[k], 0), 0);
  const summary =
    `Anomalies per day from ${formatDate(first.day)} to ${formatDate(last.day)}: ${formatNumber(total)} in all, ` +
    present.map((k) => `${kindChartConfig[k].label} ${formatNumber(days.reduce((s, d) => s + d[k], 0))}`).join(", ") + ".";

  return (
    <figure className="space-y-3">
      <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        {present.map((k) => (
          <li key={k} className="flex items-center gap-1.5">
            <span aria-hidden="true" className="size-2.5 rounded-sm" style={{ backgroundColor: kindChartConfig[k].color }} />
            {kindChartConfig[k].label}
          </li>
        ))}
      </ul>
      <div role="img" aria-label={summary} className="h-64 w-full sm:h-72">
        <BrowserChart initialDimension={{ width: 600, height: 288 }}>
          <BarChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis dataKey="day" tick={anomalyAxisTick} tickLine={false} axisLine={false} minTickGap={32} tickMargin={8} tickFormatter={(d: string) => formatDate(d, "d MMM")} />
            <YAxis width="auto" tick={anomalyAxisTick} tickLine={false} axisLine={false} allowDecimals={false} tickFormatter={formatCompact} />
            <Tooltip
              cursor={{ fill: "var(--chart-cursor)" }}
              content={({ active, label }) => {
                const d = active && typeof label === "string" ? byDay.get(label) : undefined;
                if (!d) return null;
                const rows = present.filter((k) => d[k] > 0);
                return (
                  <div className="min-w-44 rounded-lg border border-zinc-200 bg-white/95 px-3 py-2 text-xs shadow-lg backdrop-blur dark:border-zinc-700 dark:bg-zinc-900/95">
                    <p className="mb-1.5 font-medium text-zinc-900 dark:text-zinc-100">{formatDate(d.day, "EEE d MMM yyyy")}</p>
                    {rows.length === 0 ? <p className="text-zinc-500 dark:text-zinc-400">No anomalies</p> : null}
                    <ul className="space-y-1">
                      {rows.map((k) => (
                        <li key={k} className="flex items-center gap-2">
                          <span aria-hidden="true" className="size-2.5 shrink-0 rounded-sm" style={{ backgroundColor: kindChartConfig[k].color }} />
                          <span className="text-zinc-600 dark:text-zinc-400">{kindChartConfig[k].label}</span>
                          <span className="ml-auto pl-3 font-medium tabular-nums text-zinc-900 dark:text-zinc-100">{formatNumber(d[k])}</span>
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              }}
            />
            {present.map((k) => (
              <Bar
                key={k}
                dataKey={k}
                name={kindChartConfig[k].label}
                stackId="kinds"
                fill={kindChartConfig[k].color}
                maxBarSize={18}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </BrowserChart>
      </div>
      <figcaption className="text-xs text-zinc-500 dark:text-zinc-400">By the day each anomaly&apos;s window ended (UTC); withdrawn anomalies are left out.</figcaption>
    </figure>
  );
}
