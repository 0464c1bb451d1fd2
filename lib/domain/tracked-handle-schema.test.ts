import { describe, expect, it } from "vitest";
import { trackedHandleSchema } from "./tracked-handle-schema";

const CHARS = "Use only letters, digits, dots and underscores.";
const MIN = "A handle has at least 2 characters.";
const MAX = "A handle has at most 24 characters.";

const messages = (input: unknown) => {
  const result = trackedHandleSchema.safeParse(input);
  return result.success ? null : result.error.issues.map((i) => i.message);
};

describe("trackedHandleSchema", () => {
  it.each([
    { input: "@my.handle_1", out: "my.handle_1" },
    { input: "my.handle_1", out: "my.handle_1" },
    { input: "  @my.handle_1  ", out: "my.handle_1" },
    { input: "\tMy.Handle\n", out: "My.Handle" },
    { input: "ab", out: "ab" },
    { input: "@ab", out: "ab" },
    { input: "a".repeat(24), out: "a".repeat(24) },
    { input: `@${"a".repeat(24)}`, out: "a".repeat(24) },
    { input: "__..__", out: "__..__" },
    { input: "0123456789", out: "0123456789" },
  ])("accepts $input → $out", ({ input, out }) => {
    expect(trackedHandleSchema.parse(input)).toBe(out);
  });

  it.each([
    { name: "inner space", input: "my handle", errors: [CHARS] },
    { name: "space after @", input: "@ myhandle", errors: [CHARS] },
    { name: "emoji", input: "handle🔥", errors: [CHARS] },
    { name: "only emoji", input: "🔥🔥", errors: [CHARS] },
    { name: "two @ (only one is stripped)", input: "@@handle", errors: [CHARS] },
    { name: "@ inside", input: "my@handle", errors: [CHARS] },
    { name: "hyphen", input: "my-handle", errors: [CHARS] },
    { name: "non-Latin letters", input: "алиса", errors: [CHARS] },
    { name: "accented letter", input: "josé", errors: [CHARS] },
    { name: "zero-width space", input: "ab\u200Bcd", errors: [CHARS] },
    { name: "1 char", input: "a", errors: [MIN] },
    { name: "1 char after @", input: "@a", errors: [MIN] },
    { name: "1 char with spaces", input: "  a  ", errors: [MIN] },
    { name: "25 chars", input: "a".repeat(25), errors: [MAX] },
    { name: "25 chars after @", input: `@${"b".repeat(25)}`, errors: [MAX] },
    { name: "1 bad char", input: "!", errors: [MIN, CHARS] },
    { name: "empty", input: "", errors: [MIN, CHARS] },
    { name: "only @", input: "@", errors: [MIN, CHARS] },
    { name: "whitespace", input: "   ", errors: [MIN, CHARS] },
  ])("rejects $name with the exact messages", ({ input, errors }) => {
    expect(messages(input)).toEqual(errors);
  });

  it.each([{ input: null }, { input: 42 }, { input: undefined }])("rejects non-strings: $input", ({ input }) => {
    expect(trackedHandleSchema.safeParse(input).success).toBe(false);
  });
});
