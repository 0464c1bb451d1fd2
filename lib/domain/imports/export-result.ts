import type { ListBuilder } from "./list-builder";
import { ImportError, type ExportFormat, type ParsedExport, type ParsedProfile } from "./types";

export type ExportParts = {
  format: ExportFormat;
  layout: string;
  followers: ListBuilder | null;
  following: ListBuilder | null;
  unfollowed?: ListBuilder | null;
  profile?: ParsedProfile | null;
  exportedAt?: Date | null;
  warnings?: string[];
  /** the file(s), for the no-lists message */
  name: string;
};

/** The finished ParsedExport; refuses an export that has neither list ("no-lists"). */
export function finishExport(parts: ExportParts): ParsedExport {
  const { followers, following, unfollowed = null } = parts;
  if (!followers && !following) {
    throw new ImportError("no-lists", "The export has neither a follower nor a following list", parts.name);
  }
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const list of [followers, following]) {
    const range = list?.range();
    if (!range) continue;
    first = Math.min(first, range.first);
    last = Math.max(last, range.last);
  }
  const warnings = [...(parts.warnings ?? [])];
  for (const list of [followers, following, unfollowed]) if (list) warnings.push(...list.warnings());
  return {
    format: parts.format,
    layout: parts.layout,
    followers: followers?.finish() ?? null,
    following: following?.finish() ?? null,
    unfollowed: unfollowed?.finish() ?? null,
    profile: parts.profile ?? null,
    exportedAt: parts.exportedAt ?? null,
    firstRecordAt: first <= last ? new Date(first) : null,
    lastRecordAt: first <= last ? new Date(last) : null,
    warnings,
  };
}

/** Keys compared as the exports spell them over the years: "Follower List", "FollowerList", "FANSLIST". */
export function keyName(key: string | number): string {
  return typeof key === "string" ? key.replace(/[\s_-]+/g, "").toLowerCase() : "";
}

/** Options every parser takes. `now` bounds dates (a follow date after now + 1 day is refused). */
export type ParseOptions = { now: Date; name?: string };
