import { describe, expect, it } from "vitest";
import { firstIssue } from "./issue-field";
import { MAX_PROFILES_PER_REQUEST, profilesRequestSchema } from "./profiles-request";

const now = new Date("2026-03-10T12:00:00Z");
const schema = profilesRequestSchema(() => now);
const full = {
  handle: "Some.Fan",
  followerCount: 12,
  followingCount: 7_000,
  videoCount: 0,
  hasAvatar: false,
  isPrivate: true,
  bioLength: 0,
  accountCreatedAt: "2025-01-01T00:00:00Z",
  lastPostAt: "2026-03-01T10:00:00+01:00",
};
const second = (changes: Record<string, unknown>) => ({ profiles: [full, { ...full, ...changes }] });

function problem(input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? null : firstIssue(result.error.issues);
}

describe("profilesRequestSchema", () => {
  it.each([
    { name: "every field", input: { profiles: [full] } },
    { name: "only a handle", input: { profiles: [{ handle: "x" }] } },
    { name: "nulls for unknown", input: second({ followerCount: null, hasAvatar: null, lastPostAt: null }) },
    { name: "the largest count", input: second({ followerCount: 2_147_483_647 }) },
    { name: "no profiles", input: { profiles: [] } },
    { name: "the most profiles", input: { profiles: Array.from({ length: MAX_PROFILES_PER_REQUEST }, (_, i) => ({ handle: `h${i}` })) } },
  ])("accepts $name", ({ input }) => {
    expect(problem(input)).toBeNull();
  });

  it("keeps what was sent, untouched", () => {
    expect(schema.parse({ profiles: [full] })).toEqual({ profiles: [full] });
  });

  it.each([
    { name: "a negative count", input: second({ followerCount: -1 }), field: "profiles[1].followerCount", message: /negative/ },
    { name: "a fractional count", input: second({ videoCount: 1.5 }), field: "profiles[1].videoCount", message: /whole number/ },
    { name: "a count past the int range", input: second({ followingCount: 2_147_483_648 }), field: "profiles[1].followingCount", message: /at most/ },
    { name: "a count as a string", input: second({ followerCount: "12" }), field: "profiles[1].followerCount", message: /whole number/ },
    { name: "a boolean as a string", input: second({ isPrivate: "yes" }), field: "profiles[1].isPrivate", message: /true or false/ },
    { name: "an unparseable date", input: second({ accountCreatedAt: "2025" }), field: "profiles[1].accountCreatedAt", message: /ISO 8601/ },
    { name: "a post time in the future", input: second({ lastPostAt: "2026-04-01T00:00:00Z" }), field: "profiles[1].lastPostAt", message: /future/ },
    { name: "no handle", input: second({ handle: undefined }), field: "profiles[1].handle", message: /string/ },
    { name: "a blank handle", input: second({ handle: "@" }), field: "profiles[1].handle", message: /empty/ },
    { name: "a long handle", input: second({ handle: "h".repeat(101) }), field: "profiles[1].handle", message: /100/ },
    { name: "an unknown field", input: second({ followers: 3 }), field: "profiles[1].followers", message: /Unrecognized key/ },
    { name: "too many", input: { profiles: Array.from({ length: MAX_PROFILES_PER_REQUEST + 1 }, () => ({ handle: "h" })) }, field: "profiles", message: /at most 10,000/ },
  ])("refuses $name, naming $field", ({ input, field, message }) => {
    const found = problem(input);
    expect(found?.field).toBe(field);
    expect(found?.message).toMatch(message);
  });
});
