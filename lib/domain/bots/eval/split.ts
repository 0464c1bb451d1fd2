// A seeded, stratified split: the same seed always puts the same cases on the same side, and each side keeps
// the set's share of bots.
import { mulberry32 } from "../../demo/random";
import type { Labelled } from "./metrics";

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
  const random = mulberry32(seed);
  const chosen = new Set<T>();
  for (const bot of [true, false]) {
    const cls = items.filter((item) => item.bot === bot);
    for (const item of shuffled(cls, random).slice(0, Math.round(share * cls.length))) chosen.add(item);
  }
  return { fit: items.filter((item) => chosen.has(item)), holdout: items.filter((item) => !chosen.has(item)) };
}
