import { describe, expect, it } from "vitest";
import { signInKeys } from "./sign-in-keys";

describe("signInKeys", () => {
  it.each([
    { email: "Alice@Example.com ", address: "203.0.113.7", out: { email: "alice@example.com", account: "signin:account:alice@example.com", address: "signin:address:203.0.113.7" } },
    { email: "nobody@test.local", address: "unknown", out: { email: "nobody@test.local", account: "signin:account:nobody@test.local", address: "signin:address:unknown" } },
  ])("$email from $address", ({ email, address, out }) => {
    expect(signInKeys(email, address)).toEqual(out);
  });

  it("cuts an overlong email in the key, not in the lookup", () => {
    const keys = signInKeys(`${"a".repeat(400)}@x.io`, "unknown");
    expect(keys.account).toBe(`signin:account:${"a".repeat(320)}`);
    expect(keys.email).toHaveLength(405);
  });
});
