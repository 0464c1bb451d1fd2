// A seeded, stratified split: the same seed always puts the same cases on the same side, and each side keeps
// the set's share of bots.
import type { Labelled } from "./metrics";

/** mulberry32: a tiny deterministic PRNG, enough to shuffle a few hundred rows reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Puts round(share × class size) of each class in `fit`, the rest in `holdout`; original order kept per side. */
export function stratifiedSplit<T extends Labelled>(items: readonly T[], share: number, seed: number): { fit: T[]; holdout: T[] } {
  const random = seededRandom(seed);
  const chosen = new Set<T>();
  for (const bot of [true, false]) {
    const cls = items.filter((item) => item.bot === bot);
    for (const item of shuffled(cls, random).slice(0, Math.round(share * cls.length))) chosen.add(item);
  }
  return { fit: items.filter((item) => chosen.has(item)), holdout: items.filter((item) => !chosen.has(item)) };
}
