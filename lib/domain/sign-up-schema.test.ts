import { describe, expect, it } from "vitest";
import { signUpSchema } from "./sign-up-schema";

const valid = { email: "ann@example.com", password: "correct-horse-9" };

/** field path → messages, or null when the input is valid */
function errors(input: unknown): Record<string, string[]> | null {
  const result = signUpSchema.safeParse(input);
  if (result.success) return null;
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("signUpSchema", () => {
  it.each([
    { name: "plain", input: { ...valid, name: "Ann" }, out: { ...valid, name: "Ann" } },
    { name: "email trimmed and lower-cased", input: { ...valid, email: "  Ann.Lee@Example.COM " }, out: { ...valid, email: "ann.lee@example.com" } },
    { name: "empty name dropped", input: { ...valid, name: "" }, out: valid },
    { name: "whitespace name dropped", input: { ...valid, name: "   " }, out: valid },
    { name: "missing name", input: valid, out: valid },
    { name: "name trimmed", input: { ...valid, name: "  Ann Lee " }, out: { ...valid, name: "Ann Lee" } },
    { name: "name of exactly 80", input: { ...valid, name: "n".repeat(80) }, out: { ...valid, name: "n".repeat(80) } },
    { name: "password of exactly 10", input: { ...valid, password: "abcdabcdab" }, out: { ...valid, password: "abcdabcdab" } },
    { name: "password of exactly 200", input: { ...valid, password: "abcd".repeat(50) }, out: { ...valid, password: "abcd".repeat(50) } },
    { name: "password not trimmed", input: { ...valid, password: " abcdefghij " }, out: { ...valid, password: " abcdefghij " } },
  ])("accepts $name", ({ input, out }) => {
    const result = signUpSchema.safeParse(input);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(out);
    expect(result.data?.name).toBe((out as { name?: string }).name);
  });

  it.each([
    { name: "not an email", input: { ...valid, email: "ann" }, field: "email", message: "Enter a valid email address." },
    { name: "email without domain", input: { ...valid, email: "ann@" }, field: "email", message: "Enter a valid email address." },
    { name: "email with spaces inside", input: { ...valid, email: "ann lee@example.com" }, field: "email", message: "Enter a valid email address." },
    { name: "empty email", input: { ...valid, email: "  " }, field: "email", message: "Enter a valid email address." },
    { name: "password of 9", input: { ...valid, password: "abcdefghi" }, field: "password", message: "Use at least 10 characters." },
    { name: "password of 201", input: { ...valid, password: "abcd".repeat(50) + "e" }, field: "password", message: "Use at most 200 characters." },
    {
      name: "too few distinct characters",
      input: { ...valid, password: "aaaaaaaaaaaa" },
      field: "password",
      message: "This password is too easy to guess: use more different characters.",
    },
    {
      name: "three distinct characters",
      input: { ...valid, password: "abcabcabcabc" },
      field: "password",
      message: "This password is too easy to guess: use more different characters.",
    },
    { name: "name of 81", input: { ...valid, name: "n".repeat(81) }, field: "name", message: "Keep the name under 80 characters." },
  ])("rejects $name on $field", ({ input, field, message }) => {
    expect(errors(input)).toEqual({ [field]: [message] });
  });

  it("rejects a too-long email before checking its format", () => {
    expect(errors({ ...valid, email: `${"a".repeat(243)}@example.com` })?.email).toEqual(["That email is too long."]);
  });

  it("reports every bad field at once", () => {
    expect(errors({ email: "x", password: "short", name: "n".repeat(81) })).toEqual({
      name: ["Keep the name under 80 characters."],
      email: ["Enter a valid email address."],
      password: ["Use at least 10 characters."],
    });
  });

  it.each([{ input: {} }, { input: { email: "ann@example.com" } }, { input: { password: "correct-horse-9" } }, { input: null }])(
    "rejects missing fields: $input",
    ({ input }) => {
      expect(errors(input)).not.toBeNull();
    },
  );
});
