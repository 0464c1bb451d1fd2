import { describe, expect, it } from "vitest";
import { scoreAll, summarise } from "./evaluate";
import { generatedAccounts } from "./generated-accounts";
import { EVAL_NOW } from "./labelled-row";

describe("generatedAccounts", () => {
  it.each([
    { seed: 1, size: 50 },
    { seed: 20250601, size: 300 },
  ])("is deterministic for seed $seed", ({ seed, size }) => {
    const a = generatedAccounts(seed, size);
    expect(a).toHaveLength(size);
    expect(generatedAccounts(seed, size)).toEqual(a);
    expect(generatedAccounts(seed + 1, size)).not.toEqual(a);
  });

  it("keeps the set mixed and not trivially separable", () => {
    const scored = scoreAll(generatedAccounts(), EVAL_NOW);
    const bots = scored.filter((s) => s.bot).length;
    expect(bots / scored.length).toBeGreaterThan(0.3);
    expect(bots / scored.length).toBeLessThan(0.5);
    const { auc } = summarise("generated", scored);
    expect(auc).toBeGreaterThan(0.75); // the scorer must rank
    expect(auc).toBeLessThan(0.99); // but the noise must bite
  });

  it("leaves some fields unknown, as partial exports do", () => {
    const missing = generatedAccounts().filter((c) => c.input.hasAvatar === null || c.input.followerCount === null);
    expect(missing.length).toBeGreaterThan(10);
  });
});
