import { describe, expect, it } from "vitest";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, fieldErrorsOf, isDeletionConfirmed } from "./account-schemas";

const passwordFields = ["currentPassword", "newPassword", "confirmPassword"] as const;
const errorsOf = (input: Record<string, string>) => {
  const parsed = changePasswordSchema.safeParse(input);
  return parsed.success ? {} : fieldErrorsOf(parsed.error, passwordFields);
};

describe("changePasswordSchema", () => {
  it.each([
    { name: "a good change", input: { currentPassword: "old", newPassword: "a-new-long-password", confirmPassword: "a-new-long-password" }, out: {} },
    { name: "no current password", input: { currentPassword: "", newPassword: "a-new-long-password", confirmPassword: "a-new-long-password" }, out: { currentPassword: "Enter your current password." } },
    { name: "too short, as at sign-up", input: { currentPassword: "old", newPassword: "short", confirmPassword: "short" }, out: { newPassword: "Use at least 10 characters." } },
    { name: "too few different characters", input: { currentPassword: "old", newPassword: "aaaaabbbbb", confirmPassword: "aaaaabbbbb" }, out: { newPassword: "This password is too easy to guess: use more different characters." } },
    { name: "confirmation differs", input: { currentPassword: "old", newPassword: "a-new-long-password", confirmPassword: "a-new-long-passwort" }, out: { confirmPassword: "The two new passwords differ." } },
    { name: "the same as the current one", input: { currentPassword: "a-new-long-password", newPassword: "a-new-long-password", confirmPassword: "a-new-long-password" }, out: { newPassword: "Choose a password other than the current one." } },
  ])("$name", ({ input, out }) => {
    expect(errorsOf(input)).toEqual(out);
  });
});

describe("changeEmailSchema", () => {
  it("trims and lower-cases the new email", () => {
    expect(changeEmailSchema.parse({ email: "  New.Me@Example.COM ", currentPassword: "pw" })).toEqual({ email: "new.me@example.com", currentPassword: "pw" });
  });

  it.each([
    { email: "not an email", out: { email: "Enter a valid email address." } },
    { email: `${"a".repeat(250)}@x.io`, out: { email: "That email is too long." } },
  ])("refuses $email", ({ email, out }) => {
    const parsed = changeEmailSchema.safeParse({ email, currentPassword: "pw" });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error, ["email", "currentPassword"])).toEqual(out);
  });
});

describe("deleting: the confirmation", () => {
  it.each([
    { typed: "delete", out: true },
    { typed: " DELETE ", out: true },
    { typed: "me@example.com", out: true },
    { typed: "Me@Example.com ", out: true },
    { typed: "", out: false },
    { typed: "delete my data", out: false },
    { typed: "other@example.com", out: false },
  ])("'$typed' → $out", ({ typed, out }) => {
    expect(isDeletionConfirmed(typed, "me@example.com")).toBe(out);
  });

  it("says what to type, and needs the current password", () => {
    const parsed = deleteAccountSchema("me@example.com").safeParse({ confirmation: "yes", currentPassword: "" });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error, ["confirmation", "currentPassword"])).toEqual({
      confirmation: "Type DELETE or your email (me@example.com) to confirm.",
      currentPassword: "Enter your current password.",
    });
  });
});
