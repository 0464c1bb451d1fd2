import { describe, expect, it } from "vitest";
import { HandleFactory } from "./handles-gen";
import { makeRng } from "./random";

// TikTok: 2-24 letters, digits, underscores and periods, not ending in a period.
const VALID = /^[A-Za-z0-9_.]{2,24}$/;

describe("HandleFactory", () => {
  it.each(["organic", "bot", "churner", "followee"] as const)("makes valid %s handles", (kind) => {
    const f = new HandleFactory(makeRng(9), "demo.creator");
    for (let k = 0; k < 2_000; k++) {
      const h = f[kind]();
      expect(h).toMatch(VALID);
      expect(h.endsWith(".")).toBe(false);
    }
  });

  it("never repeats a handle by lower-case key, across kinds, even when the word lists run dry", () => {
    const f = new HandleFactory(makeRng(1), "demo.creator");
    const kinds = ["organic", "bot", "churner", "followee"] as const;
    const keys = new Set<string>();
    const n = 60_000;
    for (let k = 0; k < n; k++) keys.add(f[kinds[k % 4] ?? "organic"]().toLowerCase());
    expect(keys.size).toBe(n);
  });

  it("never hands out the reserved (tracked) handle", () => {
    const f = new HandleFactory(makeRng(2), "anna.smith");
    for (let k = 0; k < 30_000; k++) expect(f.organic().toLowerCase()).not.toBe("anna.smith");
  });

  it("is varied: separators, digits and a few capitals all occur", () => {
    const f = new HandleFactory(makeRng(4), "demo.creator");
    const hs = Array.from({ length: 3_000 }, () => f.organic());
    for (const pattern of [/\./, /_/, /\d/, /[A-Z]/, /^[a-z]+$/]) expect(hs.some((h) => pattern.test(h))).toBe(true);
  });
});
