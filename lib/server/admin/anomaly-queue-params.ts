// The review queue's filters, sort and page as URL search params. Pure: the page parses them, the query and the
// CSV export take the parsed value. A bad value falls back to its default instead of failing the page.
import { z } from "zod";
import { handleKey } from "@/lib/domain/handles";
import { anomalyKinds, anomalyStatuses, severities } from "@/lib/domain/anomalies/types";

export const queueSorts = ["newest", "oldest", "severity", "status", "account"] as const;
export type QueueSort = (typeof queueSorts)[number];

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));
const fallback = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const queueParamsSchema = z.object({
  kind: fallback(z.enum(anomalyKinds)),
  status: fallback(z.enum(anomalyStatuses)),
  severity: fallback(z.enum(severities)),
  /** window end, first and last day (UTC), inclusive */
  from: fallback(day),
  to: fallback(day),
  /** tracked account handle prefix */
  account: fallback(
    z
      .string()
      .transform((v) => handleKey(v) ?? "")
      .pipe(z.string().min(1).max(64).regex(/^[\w.]+$/)),
  ),
  mine: fallback(z.literal("1")),
  withdrawn: fallback(z.literal("1")),
  sort: z.enum(queueSorts).catch("newest").default("newest"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export type QueueParams = z.infer<typeof queueParamsSchema>;

export const QUEUE_PAGE_SIZE = 25;

type RawParams = Record<string, string | string[] | undefined>;

/** Next's searchParams (a repeated key keeps its first value) → the queue's params. */
export function parseQueueParams(raw: RawParams): QueueParams {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") flat[key] = first;
  }
  return queueParamsSchema.parse(flat);
}

/** The params back as a string record for links (defaults dropped, so URLs stay short). */
export function queueParamsToQuery(params: QueueParams): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ["kind", "status", "severity", "from", "to", "account", "mine", "withdrawn"] as const) {
    const value = params[key];
    if (value) query[key] = value;
  }
  if (params.sort !== "newest") query.sort = params.sort;
  if (params.page !== 1) query.page = String(params.page);
  return query;
}

/** True when any filter narrows the queue (the empty state then suggests clearing them). */
export function hasQueueFilters(params: QueueParams): boolean {
  return Boolean(params.kind || params.status || params.severity || params.from || params.to || params.account || params.mine);
}

/**
 * Whether the URL already says exactly what the queue shows. A GET form sends every field (empty ones too) and a
 * typed "@handle"; the page redirects such a URL to the short canonical one, so links and bookmarks stay clean.
 */
export function isCanonicalQuery(raw: RawParams, query: Record<string, string>): boolean {
  const keys = Object.keys(raw);
  if (keys.length !== Object.keys(query).length) return false;
  return keys.every((key) => raw[key] === query[key]);
}
