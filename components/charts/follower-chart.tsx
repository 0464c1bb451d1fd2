"use client";

import { useId, useMemo } from "react";
import { Area, ComposedChart, CartesianGrid, Line, Tooltip, XAxis, YAxis } from "recharts";
import { BrowserChart } from "@/components/charts/browser-chart";
import type { ChartPoint, ChartStep } from "@/lib/domain/chart-buckets";
import { EmptyState } from "../empty-state";
import { formatCompact, formatDate, formatNumber, formatSigned } from "../format";
import { chartConfig, countAxisProps, dayAxisProps, gridStroke } from "./chart-config";
import { ChartLegend } from "./chart-legend";
import { ChartTooltipBox, type ChartTooltipRow } from "./chart-tooltip";
import { DownloadChartData } from "./download-chart-data";
import { previousStepNote, stepTitle } from "./step-labels";

type Row = { day: string; observed: number | null; estimated: number | null; previous: number | null };
type Props = { points: ChartPoint[]; step: ChartStep; previousWindow: { from: string; to: string } | null; downloadHref: string };

/**
 * Follower count over time, one point a day, week or month (by the range's length, each the count at its end);
 * days reconstructed before the first import are dashed and lighter, and the period before the range (when there
 * is one) is a grey dashed line. "Download data" keeps every day.
 */
export function FollowerChart({ points, step, previousWindow, downloadHref }: Props) {
  const gradientId = `followers-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const byDay = useMemo(() => new Map(points.map((p) => [p.day, p])), [points]);
  const rows = useMemo<Row[]>(
    () =>
      points.map((p, i) => ({
        day: p.day,
        observed: p.reconstructed ? null : p.followers,
        // The first observed point also starts/ends the estimated segment so the two lines join.
        estimated: p.reconstructed || points[i - 1]?.reconstructed ? p.followers : null,
        previous: p.previous?.followers ?? null,
      })),
    [points],
  );

  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) {
    return (
      <EmptyState title="No follower history yet">
        Import a follower list to start charting your audience.
      </EmptyState>
    );
  }

  const hasEstimated = points.some((p) => p.reconstructed);
  const long = step !== "day";
  const hasPrevious = previousWindow !== null && points.some((p) => p.previous);
  // A narrow range of a big count reads "3K 3K 3K" in compact form: spell the numbers out when both ends would match.
  const counts = points.flatMap((p) => (p.previous ? [p.followers, p.previous.followers] : [p.followers]));
  const tickFormat = formatCompact(Math.min(...counts)) === formatCompact(Math.max(...counts)) ? formatNumber : formatCompact;
  const summary =
    `Follower count from ${formatDate(first.day)} to ${formatDate(last.lastDay)}: ` +
    `${formatNumber(first.followers)} to ${formatNumber(last.followers)} ` +
    `(${formatSigned(last.followers - first.followers)}).` +
    (hasEstimated ? " Days before the first import are estimated." : "") +
    (hasPrevious && previousWindow ? ` Dashed grey: ${formatDate(previousWindow.from)} to ${formatDate(previousWindow.to)}.` : "");
  const color = chartConfig.followers.color;

  return (
    <figure className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ChartLegend series={hasPrevious ? ["followers", "previous"] : ["followers"]} />
        <DownloadChartData href={downloadHref} label="followers" />
      </div>
      <div role="img" aria-label={summary} className="h-64 w-full sm:h-72">
        <BrowserChart initialDimension={{ width: 600, height: 288 }}>
          <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <defs>
              <linearGradient id={gradientId} x1="0" y1="0" x2="0" y2="1">
                <stop offset="5%" stopColor={color} stopOpacity={0.3} />
                <stop offset="95%" stopColor={color} stopOpacity={0.02} />
              </linearGradient>
            </defs>
            <CartesianGrid vertical={false} stroke={gridStroke} />
            <XAxis {...dayAxisProps(long, formatDate)} />
            <YAxis {...countAxisProps(tickFormat)} domain={["auto", "auto"]} />
            <Tooltip
              cursor={{ stroke: "var(--chart-axis)", strokeDasharray: "3 3" }}
              content={({ active, label }) => {
                const p = active && typeof label === "string" ? byDay.get(label) : undefined;
                if (!p) return null;
                const tooltipRows: ChartTooltipRow[] = [
                  { series: "followers", value: formatNumber(p.followers), note: p.reconstructed ? "(estimated)" : undefined },
                  { series: "gained", value: formatSigned(p.gained) },
                  { series: "lost", value: formatSigned(-p.lost) },
                ];
                if (p.previous) tooltipRows.push({ series: "previous", value: formatNumber(p.previous.followers), note: previousStepNote(p.previous.day, step) });
                return <ChartTooltipBox title={stepTitle(p, step)} rows={tooltipRows} />;
              }}
            />
            <Area
              type="monotone"
              dataKey="estimated"
              name="Followers (estimated)"
              stroke={color}
              strokeOpacity={0.6}
              strokeWidth={2}
              strokeDasharray="5 4"
              fill={color}
              fillOpacity={0.06}
              dot={false}
              activeDot={{ r: 3 }}
              isAnimationActive={false}
            />
            {hasPrevious ? (
              <Line
                type="monotone"
                dataKey="previous"
                name={chartConfig.previous.label}
                stroke={chartConfig.previous.color}
                strokeWidth={1.5}
                strokeDasharray="4 4"
                dot={false}
                activeDot={{ r: 3 }}
                connectNulls={false}
                isAnimationActive={false}
              />
            ) : null}
            <Area
              type="monotone"
              dataKey="observed"
              name={chartConfig.followers.label}
              stroke={color}
              strokeWidth={2}
              fill={`url(#${gradientId})`}
              dot={false}
              activeDot={{ r: 4 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </BrowserChart>
      </div>
      {hasEstimated ? (
        <figcaption className="flex items-start gap-2 text-xs text-zinc-500 dark:text-zinc-400">
          <svg aria-hidden="true" width="20" height="8" className="mt-1 shrink-0" viewBox="0 0 20 8">
            <line x1="0" y1="4" x2="20" y2="4" stroke={color} strokeWidth="2" strokeDasharray="5 4" strokeOpacity="0.6" />
          </svg>
          <span>Before your first import, only followers who still follow you are counted.</span>
        </figcaption>
      ) : null}
    </figure>
  );
}
