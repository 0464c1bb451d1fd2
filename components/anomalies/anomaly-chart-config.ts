// Series labels and colours of the anomaly charts, shadcn-style (one object shared by chart, tooltip and legend).
// light-dark() follows the page's colour scheme (globals.css sets `color-scheme: light dark`), so these need no
// extra variables in globals.css.
import { describeKind } from "@/lib/domain/anomalies/describe-kind";
import type { AnomalyKind } from "@/lib/domain/anomalies/types";

export type AnomalySeriesConfig = { label: string; color: string };

export const evidenceChartConfig = {
  value: { label: "Value", color: "light-dark(oklch(0.511 0.262 276.966), oklch(0.673 0.182 276.935))" },
  inWindow: { label: "In the window", color: "light-dark(oklch(0.577 0.245 27.325), oklch(0.704 0.191 22.216))" },
  window: { label: "Window", color: "light-dark(oklch(0.936 0.032 17.717), oklch(0.396 0.141 25.723 / 0.55))" },
  baseline: { label: "Usual level", color: "light-dark(oklch(0.552 0.016 285.938), oklch(0.705 0.015 286.067))" },
  threshold: { label: "Threshold", color: "light-dark(oklch(0.666 0.179 58.318), oklch(0.828 0.189 84.429))" },
} satisfies Record<string, AnomalySeriesConfig>;

/** One colour per kind for the platform chart's stacked bars (Tailwind 600 / 400 shades). */
export const kindChartConfig: Record<AnomalyKind, AnomalySeriesConfig> = {
  "follow-not-registered": { label: describeKind("follow-not-registered"), color: "light-dark(oklch(0.511 0.262 276.966), oklch(0.673 0.182 276.935))" },
  "unexpected-unfollow": { label: describeKind("unexpected-unfollow"), color: "light-dark(oklch(0.577 0.245 27.325), oklch(0.704 0.191 22.216))" },
  "unfollow-not-applied": { label: describeKind("unfollow-not-applied"), color: "light-dark(oklch(0.6 0.118 184.704), oklch(0.777 0.152 181.912))" },
  "mass-unfollow-spike": { label: describeKind("mass-unfollow-spike"), color: "light-dark(oklch(0.646 0.222 41.116), oklch(0.75 0.183 55.934))" },
  "follower-burst": { label: describeKind("follower-burst"), color: "light-dark(oklch(0.596 0.145 163.225), oklch(0.765 0.177 163.223))" },
  "churn-ring": { label: describeKind("churn-ring"), color: "light-dark(oklch(0.558 0.288 302.321), oklch(0.714 0.203 305.504))" },
  "partial-snapshot": { label: describeKind("partial-snapshot"), color: "light-dark(oklch(0.552 0.016 285.938), oklch(0.705 0.015 286.067))" },
  "platform-incident": { label: describeKind("platform-incident"), color: "light-dark(oklch(0.592 0.249 0.584), oklch(0.718 0.202 349.761))" },
};

export const anomalyAxisTick = { fill: "var(--chart-axis)", fontSize: 12 } as const;
