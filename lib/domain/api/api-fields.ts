import { z } from "zod";
import { normalizeHandle } from "../handles";

/** Times a tool reports may run up to a day ahead (clock skew, time zones); further than that is a bug upstream. */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** The largest value of the database's int columns. */
const MAX_INT = 2_147_483_647;

/** Any platform's handle: an optional @, no control characters; long enough for every platform we know. */
export const apiHandleSchema = z
  .string({ error: "Give the handle as a string." })
  .max(100, "A handle has at most 100 characters.")
  .refine((value) => normalizeHandle(value) !== null, "The handle is empty.")
  .meta({ description: "The account's handle, with or without @; compared case-insensitively.", examples: ["some.fan"] });

/**
 * An ISO 8601 time with a time zone, at most a day in the future (`now` injected so tests are pure). The check reads
 * NaN as "not late" so an unparseable value gets one message, the format's.
 */
export function apiTimeSchema(now: () => Date, description: string) {
  return z
    .iso
    .datetime({ offset: true, error: "Give an ISO 8601 time with a time zone, e.g. 2026-03-01T09:00:00Z." })
    .refine((value) => !(Date.parse(value) > now().getTime() + FUTURE_TOLERANCE_MS), "This time is more than a day in the future.")
    .meta({ description, examples: ["2026-03-01T09:00:00Z"] });
}

/** A count as the database stores it: a whole number from 0 to 2,147,483,647. */
export function apiCountSchema(description: string) {
  return z
    .int({ error: "Give a whole number." })
    .min(0, "A count cannot be negative.")
    .max(MAX_INT, `A count is at most ${MAX_INT}.`)
    .meta({ description });
}
