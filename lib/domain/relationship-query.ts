import { z } from "zod";
import { botLabels } from "./bot-query";
import type { BotLabel } from "./bots/types";
import { normalizeHandle } from "./handles";
import { parseTimeRange, type TimeRange } from "./time-range";
import { relationshipKinds, type RelationshipKind } from "./types";
import type { RelationshipSort } from "./view-types";

export type RelationshipQuery = {
  kind: RelationshipKind;
  sort: RelationshipSort;
  search: string;
  page: number;
  pageSize: number;
  range: TimeRange;
  /** the bot-likeness label to keep, as the bots view filters it (`?label=`) */
  label: BotLabel | "all";
};

export const PAGE_SIZE = 50;
const MAX_PAGE = 1_000_000;
const sorts = ["handle", "-handle", "date", "-date"] as const satisfies readonly RelationshipSort[];

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** URL search params to a query; anything malformed falls back to a sane default instead of failing the page. */
export function parseRelationshipQuery(params: Params, defaultKind: RelationshipKind = "followers"): RelationshipQuery {
  const kind = z.enum(relationshipKinds as [RelationshipKind, ...RelationshipKind[]]).catch(defaultKind).parse(first(params.kind));
  const sort = z.enum(sorts).catch("-date").parse(first(params.sort));
  const page = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).parse(first(params.page) ?? 1);
  const label = z.enum(["all", ...botLabels]).catch("all").parse(first(params.label));
  return { kind, sort, page, search: normalizeSearch(first(params.q)), pageSize: PAGE_SIZE, range: parseTimeRange(params), label };
}

/** A handle prefix to search for: the same normalization as stored handle keys, at most 64 characters. */
export function normalizeSearch(raw: string | undefined): string {
  if (!raw) return "";
  return normalizeHandle(raw.slice(0, 64))?.key ?? "";
}
