import { describe, expect, it } from "vitest";
import { tokenNameSchema } from "./token-name-schema";
import { takenAtQuerySchema } from "./taken-at-query";

describe("tokenNameSchema", () => {
  it.each([
    { input: "Nightly script", out: "Nightly script" },
    { input: "  padded  ", out: "padded" },
    { input: "n".repeat(60), out: "n".repeat(60) },
  ])("accepts $input", ({ input, out }) => {
    expect(tokenNameSchema.parse(input)).toBe(out);
  });

  it.each([
    { input: "", message: "Give the token a name." },
    { input: "   ", message: "Give the token a name." },
    { input: null, message: "Give the token a name." },
    { input: "n".repeat(61), message: "Keep the name to 60 characters." },
  ])("refuses $input", ({ input, message }) => {
    expect(tokenNameSchema.safeParse(input).error?.issues[0]?.message).toBe(message);
  });
});

describe("takenAtQuerySchema", () => {
  const schema = takenAtQuerySchema(() => new Date("2026-03-10T12:00:00Z"));
  it.each([
    { input: undefined, ok: true },
    { input: "2026-03-10T00:00:00Z", ok: true },
    { input: "2026-03-10", ok: false },
    { input: "2026-03-12T00:00:00Z", ok: false },
  ])("$input → $ok", ({ input, ok }) => {
    expect(schema.safeParse(input).success).toBe(ok);
  });
});
