"use client";

import { useMemo } from "react";
import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { BrowserChart } from "@/components/charts/browser-chart";
import type { Evidence, EvidencePoint } from "@/lib/domain/anomalies/types";
import { formatCompact, formatDate, formatDateTime, formatNumber } from "../format";
import { anomalyAxisTick, evidenceChartConfig as config } from "./anomaly-chart-config";

/** Points are days ("2026-05-03") or snapshot times (ISO); both read as UTC. */
function formatAt(at: string, long: boolean): string {
  if (at.length === 10) return formatDate(at, long ? "EEE d MMM yyyy" : "d MMM");
  return long ? formatDateTime(at) : formatDate(at, "d MMM");
}

/**
 * The evidence of an anomaly: its series (window shaded, points in it marked, the usual level and the threshold it
 * crossed as reference lines) and its facts as a definition list. Used by the admin page and the creator's alerts.
 */
export function EvidenceChart({ evidence }: { evidence: Evidence }) {
  const series = evidence.series;
  // A numeric index axis (not categories) lets the window band reach half a step past its points, so a window of a
  // single day still shows as a band.
  const rows = useMemo(() => (series?.points ?? []).map((p, i) => ({ ...p, i })), [series]);
  const windowIdx = rows.filter((r) => r.inWindow).map((r) => r.i);
  const first = windowIdx.length ? Math.min(...windowIdx) : null;
  const last = windowIdx.length ? Math.max(...windowIdx) : null;
  const tickLabel = (i: number) => {
    const at = Number.isInteger(i) ? rows[i]?.at : undefined;
    return at ? formatAt(at, false) : "";
  };

  return (
    <div className="space-y-4">
      {series && series.points.length > 0 ? (
        <figure className="space-y-3">
          <EvidenceLegend hasBaseline={series.baseline !== null} hasThreshold={series.threshold !== null} hasWindow={first !== null} />
          <div role="img" aria-label={describeSeries(series.label, series.unit, series.points, series.baseline, series.threshold)} className="h-56 w-full sm:h-64">
            <BrowserChart initialDimension={{ width: 600, height: 256 }}>
              <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
                <XAxis
                  dataKey="i"
                  type="number"
                  domain={[-0.5, rows.length - 0.5]}
                  allowDecimals={false}
                  tick={anomalyAxisTick}
                  tickLine={false}
                  axisLine={false}
                  minTickGap={24}
                  tickMargin={8}
                  tickFormatter={tickLabel}
                />
                <YAxis width="auto" tick={anomalyAxisTick} tickLine={false} axisLine={false} allowDecimals={false} tickFormatter={formatCompact} domain={[0, "auto"]} />
                {first !== null && last !== null ? (
                  <ReferenceArea x1={first - 0.5} x2={last + 0.5} fill={config.window.color} fillOpacity={1} ifOverflow="extendDomain" />
                ) : null}
                {series.baseline !== null ? (
                  <ReferenceLine y={series.baseline} stroke={config.baseline.color} strokeDasharray="4 4" ifOverflow="extendDomain" />
                ) : null}
                {series.threshold !== null ? (
                  <ReferenceLine y={series.threshold} stroke={config.threshold.color} strokeDasharray="6 3" strokeWidth={1.5} ifOverflow="extendDomain" />
                ) : null}
                <Tooltip
                  cursor={{ stroke: "var(--chart-axis)", strokeDasharray: "3 3" }}
                  content={({ active, label }) => {
                    const p = active && typeof label === "number" ? rows[label] : undefined;
                    if (!p) return null;
                    return (
                      <div className="min-w-40 rounded-lg border border-zinc-200 bg-white/95 px-3 py-2 text-xs shadow-lg backdrop-blur dark:border-zinc-700 dark:bg-zinc-900/95">
                        <p className="mb-1 font-medium text-zinc-900 dark:text-zinc-100">{formatAt(p.at, true)}</p>
                        <p className="flex gap-3 text-zinc-600 dark:text-zinc-400">
                          {series.label}
                          <span className="ml-auto font-medium tabular-nums text-zinc-900 dark:text-zinc-100">
                            {formatNumber(p.value)} {series.unit}
                          </span>
                        </p>
                        {p.inWindow ? <p className="mt-1 text-rose-700 dark:text-rose-300">In the anomaly&apos;s window</p> : null}
                      </div>
                    );
                  }}
                />
                <Line
                  type="linear"
                  dataKey="value"
                  name={series.label}
                  stroke={config.value.color}
                  strokeWidth={2}
                  isAnimationActive={false}
                  dot={(props: { cx?: number; cy?: number; index?: number; payload?: EvidencePoint }) => (
                    <circle
                      key={`dot-${props.index ?? 0}`}
                      cx={props.cx}
                      cy={props.cy}
                      r={props.payload?.inWindow ? 4 : 2}
                      fill={props.payload?.inWindow ? config.inWindow.color : config.value.color}
                      stroke="none"
                    />
                  )}
                />
              </LineChart>
            </BrowserChart>
          </div>
          <figcaption className="text-xs text-zinc-500 dark:text-zinc-400">
            {series.label} ({series.unit}); the shaded band is the anomaly&apos;s window.
          </figcaption>
        </figure>
      ) : null}
      {evidence.facts.length > 0 ? (
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          {evidence.facts.map((fact, i) => (
            <div key={`${fact.label}-${i}`} className="flex flex-col border-b border-zinc-100 pb-2 dark:border-zinc-800">
              <dt className="text-zinc-500 dark:text-zinc-400">{fact.label}</dt>
              <dd className="font-medium text-zinc-900 dark:text-zinc-100">{fact.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {!series && evidence.facts.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">No evidence was recorded for this anomaly.</p>
      ) : null}
    </div>
  );
}

function EvidenceLegend({ hasBaseline, hasThreshold, hasWindow }: { hasBaseline: boolean; hasThreshold: boolean; hasWindow: boolean }) {
  const items: { key: keyof typeof config; dashed: boolean }[] = [{ key: "value", dashed: false }];
  if (hasWindow) items.push({ key: "window", dashed: false });
  if (hasBaseline) items.push({ key: "baseline", dashed: true });
  if (hasThreshold) items.push({ key: "threshold", dashed: true });
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
      {items.map(({ key, dashed }) => (
        <li key={key} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={dashed ? "h-0 w-3 border-t-2 border-dashed" : "size-2.5 rounded-sm"}
            style={dashed ? { borderColor: config[key].color } : { backgroundColor: config[key].color }}
          />
          {config[key].label}
        </li>
      ))}
    </ul>
  );
}

/** The chart for screen readers, in one sentence. */
function describeSeries(label: string, unit: string, points: EvidencePoint[], baseline: number | null, threshold: number | null): string {
  const start = points[0];
  const end = points[points.length - 1];
  if (!start || !end) return `${label}: no points.`;
  const peak = points.reduce((max, p) => (p.value > max.value ? p : max), start);
  const parts = [`${label} from ${formatAt(start.at, true)} to ${formatAt(end.at, true)}`];
  parts.push(`peak ${formatNumber(peak.value)} ${unit} on ${formatAt(peak.at, true)}`);
  if (baseline !== null) parts.push(`usual level ${formatNumber(baseline)}`);
  if (threshold !== null) parts.push(`threshold ${formatNumber(threshold)}`);
  return `${parts.join(", ")}.`;
}
