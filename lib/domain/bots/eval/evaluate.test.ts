import { describe, expect, it } from "vitest";
import { scoreAll, summarise } from "./evaluate";
import { generatedAccounts } from "./generated-accounts";
import { EVAL_NOW, labelledAccounts } from "./labelled-accounts";
import type { LabelledAccount } from "./labelled-row";

const known = { followerCount: 5, followingCount: 10, videoCount: 0 };
const cases: LabelledAccount[] = [
  { bot: true, note: "farm", input: { handle: "user7382910456", hasAvatar: false, videoCount: 0, followingCount: 4800, followerCount: 3, bioLength: 0 } },
  { bot: true, note: "unknown bot", input: { handle: "x8q2kz", hasAvatar: false } },
  { bot: false, note: "creator", input: { handle: "jessica.miller", hasAvatar: true, videoCount: 230, followerCount: 48_000, followingCount: 300 } },
  { bot: false, note: "lurker", input: { handle: "dave.ok", ...known } },
];

describe("summarise", () => {
  it("excludes unknowns from the AUC but counts them as missed bots", () => {
    const summary = summarise("t", scoreAll(cases, EVAL_NOW));
    expect(summary).toEqual({ set: "t", n: 4, bots: 2, auc: 1, precision: 1, recall: 0.5, flaggedRecall: 0.5, unknownShare: 0.25 });
  });

  it("is empty-safe", () => {
    expect(summarise("none", [])).toEqual({ set: "none", n: 0, bots: 0, auc: null, precision: null, recall: null, flaggedRecall: null, unknownShare: 0 });
  });
});

describe("evaluation sets", () => {
  it("has at least 60 hand-written cases of both classes, each with a note", () => {
    expect(labelledAccounts.length).toBeGreaterThanOrEqual(60);
    expect(labelledAccounts.filter((c) => c.bot).length).toBeGreaterThanOrEqual(25);
    expect(labelledAccounts.filter((c) => !c.bot).length).toBeGreaterThanOrEqual(25);
    for (const c of labelledAccounts) expect(c.note.length).toBeGreaterThan(5);
    expect(new Set(labelledAccounts.map((c) => c.input.handle.toLowerCase())).size).toBe(labelledAccounts.length);
  });

  it("generates the same accounts from the same seed and different ones from another", () => {
    expect(generatedAccounts(7, 50)).toEqual(generatedAccounts(7, 50));
    expect(generatedAccounts(8, 50)).not.toEqual(generatedAccounts(7, 50));
  });

  it("keeps the generated set mixed and not trivially separable", () => {
    const scored = scoreAll(generatedAccounts(), EVAL_NOW);
    const bots = scored.filter((s) => s.bot).length;
    expect(bots / scored.length).toBeGreaterThan(0.3);
    expect(bots / scored.length).toBeLessThan(0.5);
    const { auc } = summarise("generated", scored);
    expect(auc).toBeGreaterThan(0.75); // the scorer must rank
    expect(auc).toBeLessThan(0.99); // but the noise must bite
  });
});
