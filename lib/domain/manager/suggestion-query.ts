import { z } from "zod";
import { normalizeSearch } from "../relationship-query";
import { suggestionReasonKinds, type SuggestionReason } from "./suggestion-rules";

export const suggestionSorts = ["since", "-since", "handle", "-handle"] as const;
export type SuggestionSort = (typeof suggestionSorts)[number];

export type SuggestionQuery = {
  reason: SuggestionReason | "all";
  /** both orders read an index of relationships: the follow date, or the handle key */
  sort: SuggestionSort;
  search: string;
  page: number;
  pageSize: number;
};

export const SUGGESTION_PAGE_SIZE = 50;
const MAX_PAGE = 100_000;

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** URL search params to a suggestion query: the oldest follows first by default; anything malformed falls back. */
export function parseSuggestionQuery(params: Params): SuggestionQuery {
  return {
    reason: z.enum(["all", ...suggestionReasonKinds]).catch("all").parse(first(params.reason)),
    sort: z.enum(suggestionSorts).catch("since").parse(first(params.sort)),
    search: normalizeSearch(first(params.q)),
    page: parsePageParam(params.page),
    pageSize: SUGGESTION_PAGE_SIZE,
  };
}

/** A page number from the URL: 1 when missing or malformed. */
export function parsePageParam(value: string | string[] | undefined): number {
  return z.coerce.number().int().min(1).max(MAX_PAGE).catch(1).parse(first(value) ?? 1);
}
