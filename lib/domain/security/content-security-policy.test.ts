import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./content-security-policy";

const directive = (policy: string, name: string) => policy.split("; ").find((d) => d.startsWith(`${name} `));

describe("contentSecurityPolicy", () => {
  it.each([
    ["script-src", "script-src 'self' 'nonce-abc' 'strict-dynamic'"],
    ["frame-ancestors", "frame-ancestors 'none'"],
    ["object-src", "object-src 'none'"],
    ["base-uri", "base-uri 'self'"],
    ["form-action", "form-action 'self'"],
  ])("production sets %s strictly", (name, expected) => {
    expect(directive(contentSecurityPolicy("abc"), name)).toBe(expected);
  });

  it("never allows inline or eval'd scripts in production", () => {
    const scripts = directive(contentSecurityPolicy("abc"), "script-src")!;
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
  });

  it("allows eval only in development", () => {
    expect(directive(contentSecurityPolicy("abc", { dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("upgrades insecure requests only behind https", () => {
    expect(contentSecurityPolicy("abc")).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("abc", { https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("newNonce", () => {
  it("is 16 random bytes in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});
