import { describe, expect, it } from "vitest";
import { checkWebhookUrl, classifyHost, isAllowedHost, readTargetPolicy } from "./webhook-target";

describe("classifyHost", () => {
  it.each([
    ["example.com", "public"],
    ["hooks.example.com.", "public"],
    ["localhost", "loopback"],
    ["api.localhost", "loopback"],
    ["127.0.0.1", "loopback"],
    ["127.8.9.10", "loopback"],
    ["[::1]", "loopback"],
    ["[::ffff:127.0.0.1]", "loopback"],
    ["[::ffff:7f00:1]", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["192.168.1.10", "private"],
    ["100.64.0.1", "private"],
    ["[fd12:3456::1]", "private"],
    ["[fc00::1]", "private"],
    ["169.254.169.254", "forbidden"],
    ["[::ffff:a9fe:a9fe]", "forbidden"],
    ["0.0.0.0", "forbidden"],
    ["[::]", "forbidden"],
    ["[fe80::1]", "forbidden"],
    ["[ff02::1]", "forbidden"],
    ["224.0.0.1", "forbidden"],
    ["8.8.8.8", "public"],
    ["[2001:db8::1]", "public"],
  ])("%s → %s", (host, expected) => {
    expect(classifyHost(host)).toBe(expected);
  });
});

describe("isAllowedHost", () => {
  it.each([
    ["public", "public", true], ["public", "local", true], ["public", "private", true],
    ["loopback", "public", false], ["loopback", "local", true], ["loopback", "private", true],
    ["private", "public", false], ["private", "local", false], ["private", "private", true],
    ["forbidden", "public", false], ["forbidden", "local", false], ["forbidden", "private", false],
  ] as const)("%s under %s → %s", (hostClass, policy, allowed) => {
    expect(isAllowedHost(hostClass, policy)).toBe(allowed);
  });
});

describe("readTargetPolicy", () => {
  it.each([[undefined, "local"], ["", "local"], ["public", "public"], ["private", "private"], ["anything", "local"]])("%s → %s", (v, p) => {
    expect(readTargetPolicy(v)).toBe(p);
  });
});

describe("checkWebhookUrl", () => {
  it.each([
    { input: "https://hooks.example.com/followlens", policy: "local", url: "https://hooks.example.com/followlens" },
    { input: "  https://Hooks.Example.com/a?b=1#frag ", policy: "local", url: "https://hooks.example.com/a?b=1" },
    { input: "http://localhost:8080/hook", policy: "local", url: "http://localhost:8080/hook" },
    { input: "http://127.0.0.1:9000/", policy: "local", url: "http://127.0.0.1:9000/" },
    { input: "http://2130706433/", policy: "local", url: "http://127.0.0.1/" },
    { input: "https://192.168.1.5/hook", policy: "private", url: "https://192.168.1.5/hook" },
  ] as const)("accepts $input under $policy", ({ input, policy, url }) => {
    expect(checkWebhookUrl(input, policy)).toEqual({ ok: true, url });
  });

  it.each([
    { input: "", policy: "local", message: /Enter the URL/ },
    { input: "hooks.example.com", policy: "local", message: /not a full URL/ },
    { input: "ftp://example.com/x", policy: "local", message: /https/ },
    { input: "http://hooks.example.com/x", policy: "local", message: /only for localhost and 127\.0\.0\.1/ },
    { input: "http://192.168.1.5/x", policy: "private", message: /only for localhost/ },
    { input: "https://user:pw@example.com/", policy: "local", message: /user name and password/ },
    { input: "https://10.0.0.2/x", policy: "local", message: /private networks/ },
    { input: "http://localhost/x", policy: "public", message: /its own machine/ },
    { input: "http://169.254.169.254/latest/meta-data", policy: "private", message: /never called/ },
    { input: "https://0.0.0.0/", policy: "private", message: /never called/ },
    { input: `https://example.com/${"a".repeat(2000)}`, policy: "local", message: /under 2,000/ },
  ] as const)("refuses $input under $policy", ({ input, policy, message }) => {
    const result = checkWebhookUrl(input, policy);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
