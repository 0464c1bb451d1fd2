import { z } from "zod";

/** A TikTok handle as creators type it: letters, digits, dots and underscores, 2–24 characters, optional @. */
export const trackedHandleSchema = z
  .string()
  .trim()
  .transform((v) => v.replace(/^@/, ""))
  .pipe(
    z
      .string()
      .min(2, "A handle has at least 2 characters.")
      .max(24, "A handle has at most 24 characters.")
      .regex(/^[A-Za-z0-9._]+$/, "Use only letters, digits, dots and underscores."),
  );
