import { describe, expect, it } from "vitest";
import { readClientAddress } from "./read-client-address";

describe("readClientAddress", () => {
  it.each([
    { name: "the first X-Forwarded-For entry", headers: { "x-forwarded-for": "203.0.113.7, 10.0.0.2, 10.0.0.1" }, out: "203.0.113.7" },
    { name: "a single X-Forwarded-For", headers: { "x-forwarded-for": " 203.0.113.7 " }, out: "203.0.113.7" },
    { name: "X-Forwarded-For over X-Real-IP", headers: { "x-forwarded-for": "203.0.113.7", "x-real-ip": "198.51.100.1" }, out: "203.0.113.7" },
    { name: "X-Real-IP without X-Forwarded-For", headers: { "x-real-ip": "198.51.100.1" }, out: "198.51.100.1" },
    { name: "X-Real-IP when X-Forwarded-For is empty", headers: { "x-forwarded-for": " , 10.0.0.1", "x-real-ip": "198.51.100.1" }, out: "198.51.100.1" },
    { name: "IPv6, lower-cased", headers: { "x-forwarded-for": "2001:DB8::1" }, out: "2001:db8::1" },
    { name: "an array value (Node's header shape)", headers: { "x-forwarded-for": ["203.0.113.7, 10.0.0.1", "10.0.0.9"] }, out: "203.0.113.7" },
    { name: "no headers", headers: undefined, out: "unknown" },
    { name: "neither header", headers: { host: "localhost" }, out: "unknown" },
    { name: "a non-string value", headers: { "x-forwarded-for": 42 }, out: "unknown" },
    { name: "an overlong value, cut", headers: { "x-forwarded-for": "a".repeat(500) }, out: "a".repeat(64) },
  ])("$name", ({ headers, out }) => {
    expect(readClientAddress(headers as Record<string, unknown> | undefined)).toBe(out);
  });
});
