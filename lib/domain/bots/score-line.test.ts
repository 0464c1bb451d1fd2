import { describe, expect, it } from "vitest";
import { parseIsoDate, parseScoreLine } from "./score-line";

describe("parseIsoDate", () => {
  it.each([
    { text: "2024-01-02", iso: "2024-01-02T00:00:00.000Z" },
    { text: "2024-01-02T10:00:00Z", iso: "2024-01-02T10:00:00.000Z" },
    { text: "2024-01-02T10:00:00", iso: "2024-01-02T10:00:00.000Z" }, // no zone = UTC, not local time
    { text: "2024-01-02 10:00", iso: "2024-01-02T10:00:00.000Z" },
    { text: "2024-01-02T10:00:00.5+02:00", iso: "2024-01-02T08:00:00.500Z" },
    { text: "2024-01-02T10:00:00-0530", iso: "2024-01-02T15:30:00.000Z" },
    { text: "2024-02-29", iso: "2024-02-29T00:00:00.000Z" },
    { text: "2024-02-30", iso: null }, // would roll over to March 1
    { text: "2023-02-29", iso: null },
    { text: "2024-13-01", iso: null },
    { text: "2024-01-02T24:00:00Z", iso: null },
    { text: "2024-01-02T10:00:00+15:00", iso: null },
    { text: "March 7, 2020", iso: null },
    { text: "1712345678", iso: null },
    { text: "", iso: null },
  ])("$text", ({ text, iso }) => {
    expect(parseIsoDate(text)?.toISOString() ?? null).toBe(iso);
  });
});

describe("parseScoreLine", () => {
  it("accepts a full line and keeps the raw object as given", () => {
    const text = '{"handle":"@Ann","followerCount":3,"followingCount":null,"hasAvatar":false,"accountCreatedAt":"2025-05-01","extra":"kept"}';
    const parsed = parseScoreLine(text);
    expect(parsed).toEqual({
      ok: true,
      raw: { handle: "@Ann", followerCount: 3, followingCount: null, hasAvatar: false, accountCreatedAt: "2025-05-01", extra: "kept" },
      input: { handle: "@Ann", followerCount: 3, followingCount: null, hasAvatar: false, accountCreatedAt: new Date("2025-05-01T00:00:00Z") },
    });
  });

  it.each([
    { name: "bad JSON", text: '{"handle": "a",', error: /^invalid JSON: / },
    { name: "not an object", text: "[1,2]", error: /^a line must be a JSON object, got an array$/ },
    { name: "a bare string", text: '"ann"', error: /^a line must be a JSON object, got "ann"$/ },
    { name: "missing handle", text: '{"followerCount": 3}', error: /^handle is required$/ },
    { name: "null handle", text: '{"handle": null}', error: /^handle is required$/ },
    { name: "numeric handle", text: '{"handle": 42}', error: /^handle must be a string, got 42$/ },
    { name: "blank handle", text: '{"handle": "  "}', error: /^handle must not be empty$/ },
    { name: "count as string", text: '{"handle":"a","followerCount":"12"}', error: /^followerCount must be a whole number >= 0 or null, got "12"$/ },
    { name: "fractional count", text: '{"handle":"a","videoCount":1.5}', error: /^videoCount must be a whole number >= 0 or null, got 1.5$/ },
    { name: "negative count", text: '{"handle":"a","bioLength":-1}', error: /^bioLength must be a whole number >= 0 or null, got -1$/ },
    { name: "boolean as string", text: '{"handle":"a","hasAvatar":"yes"}', error: /^hasAvatar must be true, false or null, got "yes"$/ },
    { name: "date as number", text: '{"handle":"a","lastPostAt":1712345678}', error: /^lastPostAt must be an ISO date string or null, got 1712345678$/ },
    { name: "bad date", text: '{"handle":"a","accountCreatedAt":"2024-02-30"}', error: /^accountCreatedAt is not a valid ISO date: "2024-02-30"$/ },
    { name: "two problems", text: '{"isPrivate":1}', error: /^handle is required; isPrivate must be true, false or null, got 1$/ },
  ])("$name", ({ text, error }) => {
    const parsed = parseScoreLine(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});
