import { describe, expect, it } from "vitest";
import { generateApiToken, hashApiToken, isWellFormedToken } from "./token-secret";

describe("generateApiToken", () => {
  it("makes fl_ tokens of 32 random bytes, their display prefix and their sha256", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).toMatch(/^fl_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token.slice(3), "base64url")).toHaveLength(32);
    expect(a.prefix).toBe(a.token.slice(3, 11));
    expect(a.tokenHash).toBe(hashApiToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.token).not.toBe(a.token);
    expect(isWellFormedToken(a.token)).toBe(true);
  });
});

describe("isWellFormedToken", () => {
  it.each([
    { token: "", ok: false },
    { token: "fl_", ok: false },
    { token: `fl_${"a".repeat(42)}`, ok: false },
    { token: `fl_${"a".repeat(44)}`, ok: false },
    { token: `FL_${"a".repeat(43)}`, ok: false },
    { token: `fl_${"a".repeat(42)}=`, ok: false },
    { token: `fl_${"a".repeat(42)}+`, ok: false },
    { token: ` fl_${"a".repeat(43)}`, ok: false },
    { token: `fl_${"a-_9Z".repeat(8)}abc`, ok: true },
  ])("$token → $ok", ({ token, ok }) => {
    expect(isWellFormedToken(token)).toBe(ok);
  });
});
