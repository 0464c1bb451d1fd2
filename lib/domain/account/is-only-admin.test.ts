import { describe, expect, it } from "vitest";
import { isOnlyAdmin } from "./is-only-admin";

describe("isOnlyAdmin", () => {
  it.each([
    { role: "ADMIN", admins: 1, out: true },
    // a count read a moment before another admin's deletion landed
    { role: "ADMIN", admins: 0, out: true },
    { role: "ADMIN", admins: 2, out: false },
    { role: "CREATOR", admins: 1, out: false },
    { role: "CREATOR", admins: 0, out: false },
  ] as const)("$role with $admins admin(s) → $out", ({ role, admins, out }) => {
    expect(isOnlyAdmin(role, admins)).toBe(out);
  });
});
