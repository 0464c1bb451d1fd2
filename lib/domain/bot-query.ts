import { z } from "zod";
import type { BotLabel } from "./bots/types";

export const botLabels = ["likely-bot", "suspicious", "likely-real", "unknown"] as const satisfies readonly BotLabel[];
export type BotQuery = { label: BotLabel | "all"; min: number; max: number; sort: "-score" | "score"; page: number; pageSize: number };

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const scoreParam = (fallback: number) => z.coerce.number().int().min(0).max(100).catch(fallback);

/** URL search params to a bots-view query; malformed values fall back to defaults (all labels, 0–100, worst first). */
export function parseBotQuery(params: Params): BotQuery {
  const label = z.enum(["all", ...botLabels]).catch("all").parse(first(params.label));
  const a = scoreParam(0).parse(first(params.min) ?? 0);
  const b = scoreParam(100).parse(first(params.max) ?? 100);
  return {
    label,
    min: Math.min(a, b),
    max: Math.max(a, b),
    sort: first(params.sort) === "score" ? "score" : "-score",
    page: z.coerce.number().int().min(1).max(1_000_000).catch(1).parse(first(params.page) ?? 1),
    pageSize: 50,
  };
}
