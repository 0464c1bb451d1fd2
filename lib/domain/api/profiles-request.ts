import { z } from "zod";
import { apiCountSchema, apiHandleSchema, apiTimeSchema } from "./api-fields";

export const MAX_PROFILES_PER_REQUEST = 10_000;

/** The body of PUT /api/v1/accounts/{handle}/profiles. Every field but the handle may be missing or null: unknown. */
export function profilesRequestSchema(now: () => Date = () => new Date()) {
  const known = <T extends z.ZodType>(schema: T) => schema.nullable().optional();
  const profile = z
    .strictObject({
      handle: apiHandleSchema,
      followerCount: known(apiCountSchema("How many accounts follow it.")),
      followingCount: known(apiCountSchema("How many accounts it follows.")),
      videoCount: known(apiCountSchema("How many videos it has posted.")),
      hasAvatar: known(z.boolean({ error: "Give true or false." })),
      isPrivate: known(z.boolean({ error: "Give true or false." })),
      bioLength: known(apiCountSchema("Characters in its bio (0: no bio).")),
      accountCreatedAt: known(apiTimeSchema(now, "When the account was made.")),
      lastPostAt: known(apiTimeSchema(now, "When it last posted.")),
    })
    .meta({
      title: "AccountProfile",
      description: "A field left out or null keeps what is stored. The tracked account's own counts go here under its own handle.",
    });
  return z
    .strictObject({
      profiles: z
        .array(profile, { error: "Give profiles as an array." })
        .max(MAX_PROFILES_PER_REQUEST, `Send at most ${MAX_PROFILES_PER_REQUEST.toLocaleString("en-US")} profiles per request.`),
    })
    .meta({ title: "ProfilesRequest" });
}

export type ProfilesRequest = z.infer<ReturnType<typeof profilesRequestSchema>>;
