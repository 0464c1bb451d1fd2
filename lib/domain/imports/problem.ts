import { ImportError, type ImportErrorCode } from "./types";

/**
 * A problem found in one value before we know where it sits (a date reader does not know its key path). The
 * format parser that called it catches it and throws the ImportError with the location.
 */
export class Problem extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly detail: string,
  ) {
    super(detail);
    this.name = "Problem";
  }
}

/** Turns a Problem into an ImportError at `location`; anything else passes through unchanged. */
export function locate(error: unknown, location: () => string): unknown {
  return error instanceof Problem ? new ImportError(error.code, error.detail, location()) : error;
}

/** The list a value belongs to, for messages: "followers", "following". */
export type ListName = "followers" | "following" | "unfollowed";

/** A short, safe quotation of untrusted text for a message (no control characters, at most 40 characters). */
export function quote(value: string): string {
  const clean = value.replace(/[\u0000-\u001F\u007F]/g, "\uFFFD");
  return JSON.stringify(clean.length > 40 ? `${clean.slice(0, 40)}…` : clean);
}

/** Key paths as people read them: `Profile And Settings.Follower.FansList[3].Date`. */
export function formatPath(path: readonly (string | number)[], tail?: string): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${key}` : key;
  if (tail) out += out ? `.${tail}` : tail;
  return out || "the top level";
}
