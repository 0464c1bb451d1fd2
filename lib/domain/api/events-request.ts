import { z } from "zod";
import { apiHandleSchema, apiTimeSchema } from "./api-fields";

/** One request carries at most this many events: enough for a day of a busy account, small enough for one statement. */
export const MAX_EVENTS_PER_REQUEST = 10_000;

/** The body of POST /api/v1/accounts/{handle}/events. */
export function eventsRequestSchema(now: () => Date = () => new Date()) {
  const event = z
    .strictObject({
      key: z
        .string({ error: "Give an idempotency key as a string." })
        .min(1, "The idempotency key is empty.")
        .max(200, "An idempotency key has at most 200 characters.")
        .meta({ description: "Unique per tracked account: a retried push with the same key records nothing new." }),
      handle: apiHandleSchema,
      direction: z
        .enum(["follower", "following"], { error: 'Give "follower" or "following".' })
        .meta({ description: "follower: the account follows (or unfollowed) the tracked account; following: the tracked account follows (or unfollowed) it." }),
      action: z.enum(["follow", "unfollow"], { error: 'Give "follow" or "unfollow".' }),
      origin: z
        .enum(["user", "system"], { error: 'Give "user" or "system".' })
        .meta({ description: "user: a person did it (the creator or the other account); system: the platform did it (a purge, a ban)." }),
      occurredAt: apiTimeSchema(now, "When it happened; at most a day in the future."),
    })
    .meta({ title: "FollowEvent" });
  return z
    .strictObject({
      events: z
        .array(event, { error: "Give events as an array." })
        .max(MAX_EVENTS_PER_REQUEST, `Send at most ${MAX_EVENTS_PER_REQUEST.toLocaleString("en-US")} events per request.`),
    })
    .meta({ title: "EventsRequest" });
}

export type EventsRequest = z.infer<ReturnType<typeof eventsRequestSchema>>;
export type FollowEventInput = EventsRequest["events"][number];
