import type { ChartPoint, ChartStep } from "@/lib/domain/chart-buckets";
import { formatDate } from "../format";

/** A tooltip's title for one point: its day, its week's first and last day, or its month. */
export function stepTitle(p: ChartPoint, step: ChartStep): string {
  if (step === "day") return formatDate(p.day, "EEE d MMM yyyy");
  if (step === "month") return formatDate(p.day, "MMMM yyyy");
  return `${formatDate(p.day, "d MMM")} – ${formatDate(p.lastDay, "d MMM yyyy")}`;
}

/** Where a point of the period before ends: "on 3 Mar 2025", "week to 9 Mar 2025", "in March 2025". */
export function previousStepNote(day: string, step: ChartStep): string {
  if (step === "day") return `on ${formatDate(day, "d MMM yyyy")}`;
  if (step === "month") return `in ${formatDate(day, "MMMM yyyy")}`;
  return `week to ${formatDate(day, "d MMM yyyy")}`;
}
