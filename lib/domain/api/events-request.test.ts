import { describe, expect, it } from "vitest";
import { eventsRequestSchema, MAX_EVENTS_PER_REQUEST } from "./events-request";
import { firstIssue } from "./issue-field";

const now = new Date("2026-03-10T12:00:00Z");
const schema = eventsRequestSchema(() => now);
const event = { key: "k1", handle: "@Some.Fan", direction: "follower", action: "follow", origin: "user", occurredAt: "2026-03-09T08:00:00Z" };
const withEvent = (changes: Record<string, unknown>, at = 0) => {
  const events: Record<string, unknown>[] = [event, event, event, event].map((e, i) => ({ ...e, key: `k${i}` }));
  events[at] = { ...events[at], ...changes };
  return { events };
};

/** the field and message of the first problem, or null when valid */
function problem(input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? null : firstIssue(result.error.issues);
}

describe("eventsRequestSchema", () => {
  it.each([
    { name: "a plain event", input: { events: [event] } },
    { name: "no events", input: { events: [] } },
    { name: "an offset time", input: withEvent({ occurredAt: "2026-03-09T08:00:00.123+02:00" }) },
    { name: "a time just under a day ahead", input: withEvent({ occurredAt: "2026-03-11T11:59:59Z" }) },
    { name: "following, unfollow, system", input: withEvent({ direction: "following", action: "unfollow", origin: "system" }) },
    { name: "a key of 200 characters", input: withEvent({ key: "k".repeat(200) }) },
    { name: "the most events", input: { events: Array.from({ length: MAX_EVENTS_PER_REQUEST }, (_, i) => ({ ...event, key: String(i) })) } },
  ])("accepts $name", ({ input }) => {
    expect(problem(input)).toBeNull();
  });

  it.each([
    { name: "an unparseable time", input: withEvent({ occurredAt: "yesterday" }, 3), field: "events[3].occurredAt", message: /ISO 8601/ },
    { name: "a time without a zone", input: withEvent({ occurredAt: "2026-03-09T08:00:00" }, 1), field: "events[1].occurredAt", message: /ISO 8601/ },
    { name: "an impossible date", input: withEvent({ occurredAt: "2026-02-30T08:00:00Z" }, 2), field: "events[2].occurredAt", message: /ISO 8601/ },
    { name: "a time as epoch", input: withEvent({ occurredAt: 1773000000 }, 0), field: "events[0].occurredAt", message: /ISO 8601/ },
    { name: "a time over a day ahead", input: withEvent({ occurredAt: "2026-03-11T12:00:01Z" }, 3), field: "events[3].occurredAt", message: /more than a day in the future/ },
    { name: "an unknown direction", input: withEvent({ direction: "followers" }, 1), field: "events[1].direction", message: /"follower" or "following"/ },
    { name: "an unknown action", input: withEvent({ action: "block" }), field: "events[0].action", message: /"follow" or "unfollow"/ },
    { name: "an unknown origin", input: withEvent({ origin: "bot" }), field: "events[0].origin", message: /"user" or "system"/ },
    { name: "an empty key", input: withEvent({ key: "" }, 2), field: "events[2].key", message: /empty/ },
    { name: "a long key", input: withEvent({ key: "k".repeat(201) }, 2), field: "events[2].key", message: /200/ },
    { name: "a missing key", input: withEvent({ key: undefined }, 2), field: "events[2].key", message: /idempotency key/ },
    { name: "an empty handle", input: withEvent({ handle: " @ " }, 1), field: "events[1].handle", message: /empty/ },
    { name: "a handle as a number", input: withEvent({ handle: 12 }, 1), field: "events[1].handle", message: /string/ },
    { name: "a misspelt field", input: withEvent({ ocurredAt: "x" }, 2), field: "events[2].ocurredAt", message: /Unrecognized key/ },
    { name: "an unknown top-level field", input: { events: [], extra: 1 }, field: "extra", message: /Unrecognized key/ },
    { name: "events not an array", input: { events: {} }, field: "events", message: /array/ },
    { name: "no events field", input: {}, field: "events", message: /array/ },
    { name: "a body that is an array", input: [event], field: null, message: /expected object/ },
    { name: "too many events", input: { events: Array.from({ length: MAX_EVENTS_PER_REQUEST + 1 }, (_, i) => ({ ...event, key: String(i) })) }, field: "events", message: /at most 10,000/ },
  ])("refuses $name, naming $field", ({ input, field, message }) => {
    const found = problem(input);
    expect(found?.field).toBe(field);
    expect(found?.message).toMatch(message);
  });
});
