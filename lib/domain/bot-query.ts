import { z } from "zod";
import type { BotConfidence, BotLabel } from "./bots/types";

export const botLabels = ["likely-bot", "suspicious", "likely-real", "unknown"] as const satisfies readonly BotLabel[];
export const botConfidences = ["low", "medium", "high"] as const satisfies readonly BotConfidence[];
/** "-score": worst first; "score": best first; "-confidence"/"confidence": most/least evidence first, then worst first. */
export const botSorts = ["-score", "score", "-confidence", "confidence"] as const;
export type BotQuery = {
  label: BotLabel | "all";
  confidence: BotConfidence | "all";
  min: number;
  max: number;
  sort: (typeof botSorts)[number];
  page: number;
  pageSize: number;
};

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const scoreParam = (fallback: number) => z.coerce.number().int().min(0).max(100).catch(fallback);

/** URL search params to a bots-view query; malformed values fall back to defaults (all labels and confidences, 0–100, worst first). */
export function parseBotQuery(params: Params): BotQuery {
  const label = z.enum(["all", ...botLabels]).catch("all").parse(first(params.label));
  const confidence = z.enum(["all", ...botConfidences]).catch("all").parse(first(params.confidence));
  const a = scoreParam(0).parse(first(params.min) ?? 0);
  const b = scoreParam(100).parse(first(params.max) ?? 100);
  return {
    label,
    confidence,
    min: Math.min(a, b),
    max: Math.max(a, b),
    sort: z.enum(botSorts).catch("-score").parse(first(params.sort)),
    page: z.coerce.number().int().min(1).max(1_000_000).catch(1).parse(first(params.page) ?? 1),
    pageSize: 50,
  };
}

/** The filters of a query as URL params (defaults left out), for links that keep them (tabs, the CSV download). */
export function botFilterParams(q: BotQuery): Record<string, string> {
  const out: Record<string, string> = {};
  if (q.label !== "all") out.label = q.label;
  if (q.confidence !== "all") out.confidence = q.confidence;
  if (q.min > 0) out.min = String(q.min);
  if (q.max < 100) out.max = String(q.max);
  return out;
}

/** Label tabs in the plural, as the page's "Showing: …" line and the summary name them. */
export const botLabelPlurals: Record<BotLabel, string> = {
  "likely-bot": "likely bots",
  suspicious: "suspicious",
  "likely-real": "likely real",
  unknown: "unknown",
};

/** The active filters in words, in the order they narrow (label, confidence, score range); none for the whole table. */
export function describeBotFilters(q: BotQuery): string[] {
  const parts: string[] = [];
  if (q.label !== "all") parts.push(botLabelPlurals[q.label]);
  if (q.confidence !== "all") parts.push(`confidence ${q.confidence}`);
  if (q.min > 0 || q.max < 100) parts.push(`score ${q.min}–${q.max}`);
  return parts;
}
