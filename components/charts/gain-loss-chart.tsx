"use client";

import { useMemo } from "react";
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { BrowserChart } from "@/components/charts/browser-chart";
import { stepWords, type ChartPoint, type ChartStep } from "@/lib/domain/chart-buckets";
import { EmptyState } from "../empty-state";
import { formatCompact, formatDate, formatNumber, formatSigned } from "../format";
import { chartConfig, countAxisProps, cursorFill, dayAxisProps, gridStroke } from "./chart-config";
import { ChartLegend } from "./chart-legend";
import { ChartTooltipBox, type ChartTooltipRow } from "./chart-tooltip";
import { DownloadChartData } from "./download-chart-data";
import { previousStepNote, stepTitle } from "./step-labels";

type Props = { points: ChartPoint[]; step: ChartStep; previousWindow: { from: string; to: string } | null; downloadHref: string };

/**
 * Followers gained (up) and lost (down) per day, week or month (by the range's length), with the net change of the
 * period before as a grey dashed line. "Download data" keeps every day.
 */
export function GainLossChart({ points, step, previousWindow, downloadHref }: Props) {
  const byDay = useMemo(() => new Map(points.map((p) => [p.day, p])), [points]);
  const rows = useMemo(
    () => points.map((p) => ({ day: p.day, gained: p.gained, lost: -p.lost, previousNet: p.previous ? p.previous.gained - p.previous.lost : null })),
    [points],
  );

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
  const hasPrevious = previousWindow !== null && points.some((p) => p.previous);
  const summary =
    `Followers gained and lost ${stepWords(step)} from ${formatDate(first.day)} to ${formatDate(last.lastDay)}: ` +
    `${formatNumber(gained)} gained, ${formatNumber(lost)} lost, net ${formatSigned(gained - lost)}.` +
    (hasPrevious && previousWindow ? ` Dashed grey: the net change ${stepWords(step)} from ${formatDate(previousWindow.from)} to ${formatDate(previousWindow.to)}.` : "");
  const long = step !== "day";

  return (
    <figure className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <ChartLegend series={hasPrevious ? ["gained", "lost", "previous"] : ["gained", "lost"]} />
        <DownloadChartData href={downloadHref} label="gained and lost per day" />
      </div>
      <div role="img" aria-label={summary} className="h-56 w-full sm:h-64">
        <BrowserChart initialDimension={{ width: 600, height: 256 }}>
          <ComposedChart
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
                const tooltipRows: ChartTooltipRow[] = [
                  { series: "gained", value: formatSigned(p.gained) },
                  { series: "lost", value: formatSigned(-p.lost) },
                ];
                if (p.previous) {
                  const net = formatSigned(p.previous.gained - p.previous.lost);
                  tooltipRows.push({ series: "previous", value: net, note: `net ${previousStepNote(p.previous.day, step)}` });
                }
                return <ChartTooltipBox title={stepTitle(p, step)} rows={tooltipRows} />;
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
            {hasPrevious ? (
              <Line
                type="monotone"
                dataKey="previousNet"
                name={chartConfig.previous.label}
                stroke={chartConfig.previous.color}
                strokeWidth={1.5}
                strokeDasharray="4 4"
                dot={false}
                activeDot={{ r: 3 }}
                isAnimationActive={false}
              />
            ) : null}
            <Bar
              dataKey="lost"
              name={chartConfig.lost.label}
              stackId="change"
              fill={chartConfig.lost.color}
              radius={[3, 3, 0, 0]}
              maxBarSize={24}
              isAnimationActive={false}
            />
          </ComposedChart>
        </BrowserChart>
      </div>
      <figcaption className="text-xs text-zinc-500 dark:text-zinc-400">
        Losses are charted on the day of the import that found them (exports carry no unfollow dates).
      </figcaption>
    </figure>
  );
}
