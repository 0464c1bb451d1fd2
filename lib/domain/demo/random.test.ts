import { describe, expect, it } from "vitest";
import { makeRng, mixSeed, mulberry32 } from "./random";

const draw = (seed: number, n = 5) => {
  const next = mulberry32(seed);
  return Array.from({ length: n }, () => next());
};

describe("random", () => {
  it("repeats a sequence for the same seed and differs for another", () => {
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it("stays in [0, 1)", () => {
    const next = mulberry32(7);
    for (let k = 0; k < 10_000; k++) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it("derives distinct stream seeds from neighbouring salts and large seeds", () => {
    const seeds = new Set<number>();
    for (let salt = 0; salt < 1_000; salt++) seeds.add(mixSeed(1, salt));
    expect(seeds.size).toBe(1_000);
    expect(mixSeed(1, 0)).not.toBe(mixSeed(1 + 2 ** 32, 0));
  });

  it.each([
    ["int", (r: ReturnType<typeof makeRng>) => r.int(3, 7), 3, 7, 5],
    ["range", (r: ReturnType<typeof makeRng>) => r.range(-2, 2), -2, 2, 0],
    ["poisson(4)", (r: ReturnType<typeof makeRng>) => r.poisson(4), 0, Infinity, 4],
    ["poisson(80)", (r: ReturnType<typeof makeRng>) => r.poisson(80), 0, Infinity, 80],
    ["exponential(10)", (r: ReturnType<typeof makeRng>) => r.exponential(10), 0, Infinity, 10],
    ["normal", (r: ReturnType<typeof makeRng>) => r.normal(), -Infinity, Infinity, 0],
  ] as const)("%s stays in bounds with the expected mean", (_name, sample, lo, hi, mean) => {
    const r = makeRng(99);
    let sum = 0;
    const n = 20_000;
    for (let k = 0; k < n; k++) {
      const x = sample(r);
      expect(x >= lo && x <= hi).toBe(true);
      sum += x;
    }
    expect(Math.abs(sum / n - mean)).toBeLessThan(Math.max(0.05, Math.abs(mean) * 0.03));
  });

  it("refuses to pick from an empty list", () => {
    expect(() => makeRng(1).pick([])).toThrow(RangeError);
  });
});
