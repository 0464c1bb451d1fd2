// A demo must be reproducible from its seed alone (tests, screenshots, "reset demo"), so nothing here
// touches Math.random or the clock.

export type Rng = {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [lo, hi], both inclusive */
  int(lo: number, hi: number): number;
  /** uniform in [lo, hi) */
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** standard normal */
  normal(): number;
  logNormal(median: number, sigma: number): number;
  exponential(mean: number): number;
  poisson(mean: number): number;
};

/** mulberry32: tiny, fast and good enough for synthetic data (not for anything secret). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Derives an independent 32-bit stream seed, so separate concerns (handles, timeline, one account's profile)
 * do not shift each other when one of them draws more numbers. Seeds above 2^32 keep their high bits.
 */
export function mixSeed(seed: number, salt: number): number {
  const hi = Math.floor(seed / 4294967296) >>> 0;
  let h = (seed >>> 0) ^ Math.imul(hi ^ 0x27d4eb2f, 0x165667b1);
  h = Math.imul(h ^ Math.imul((salt >>> 0) + 0x9e3779b9, 0x85ebca6b), 0xc2b2ae35);
  // murmur3 finalizer: spreads neighbouring salts (account 1, account 2, ...) over the whole range
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function makeRng(seed: number): Rng {
  const next = mulberry32(seed);
  const normal = () => {
    // 1 - u keeps log() away from 0
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    range: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError("pick() from an empty list");
      return items[Math.floor(next() * items.length)] as T;
    },
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    exponential: (mean) => -mean * Math.log(1 - next()),
    poisson(mean) {
      if (mean <= 0) return 0;
      // Knuth's method is exact but O(mean); past 30 the normal approximation is indistinguishable here.
      if (mean >= 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
  };
}
