// URL helpers for the relationship table (search params: kind, q, sort, page).
import type { RelationshipKind } from "@/lib/domain/types";
import type { RelationshipSort } from "@/lib/domain/view-types";

/** basePath + query with `changes` applied; empty values and page=1 are dropped. */
export function hrefWith(basePath: string, query: Record<string, string>, changes: Record<string, string | null>): string {
  const params = new URLSearchParams();
  const merged: Record<string, string | null> = { ...query, ...changes };
  for (const [key, value] of Object.entries(merged)) {
    if (value === null || value === "") continue;
    if (key === "page" && value === "1") continue;
    params.set(key, value);
  }
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

export type SortColumn = "handle" | "date";

/** Next sort when a header is activated: handle starts A→Z, date starts newest first. */
export function nextSort(column: SortColumn, current: RelationshipSort): RelationshipSort {
  if (column === "handle") return current === "handle" ? "-handle" : "handle";
  return current === "-date" ? "date" : "-date";
}

export function ariaSort(column: SortColumn, current: RelationshipSort): "ascending" | "descending" | "none" {
  if (current === column) return "ascending";
  if (current === `-${column}`) return "descending";
  return "none";
}

export const emptyMessages: Record<RelationshipKind, string> = {
  followers: "No one follows this account yet.",
  following: "This account doesn’t follow anyone yet.",
  mutuals: "No mutual follows yet: nobody you follow follows you back.",
  "not-following-back": "Everyone you follow follows you back.",
  fans: "You follow back everyone who follows you.",
  "new-followers": "No new followers in this period.",
  "lost-followers": "No one has unfollowed you. Nice!",
};
