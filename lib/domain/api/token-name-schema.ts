import { z } from "zod";

/** What a creator calls an API token, so they can tell them apart ("Nightly export script"). */
export const tokenNameSchema = z
  .string({ error: "Give the token a name." })
  .trim()
  .min(1, "Give the token a name.")
  .max(60, "Keep the name to 60 characters.");
