import { describe, expect, it } from "vitest";
import { scoreAll, summarise, withoutProfiles } from "./evaluate";
import { EVAL_NOW, type LabelledAccount } from "./labelled-row";

const known = { followerCount: 200, followingCount: 150, videoCount: 0 };
const cases: LabelledAccount[] = [
  { bot: true, note: "farm", input: { handle: "user7382910456", hasAvatar: false, videoCount: 0, followingCount: 4800, followerCount: 3, bioLength: 0 } },
  { bot: true, note: "unknown bot", input: { handle: "lena.k" } },
  { bot: false, note: "creator", input: { handle: "jessica.miller", hasAvatar: true, videoCount: 230, followerCount: 48_000, followingCount: 300 } },
  { bot: false, note: "lurker", input: { handle: "dave.ok", ...known } },
];

describe("summarise", () => {
  it("excludes unknowns from the AUC but counts them as missed bots", () => {
    const summary = summarise("t", scoreAll(cases, EVAL_NOW));
    expect(summary).toEqual({ set: "t", n: 4, bots: 2, auc: 1, precision: 1, recall: 0.5, flaggedRecall: 0.5, flaggedPrecision: 1, unknownShare: 0.25, priorPrecision: 1, priorFlaggedPrecision: 1 });
  });

  it("is empty-safe", () => {
    expect(summarise("none", [])).toEqual({ set: "none", n: 0, bots: 0, auc: null, precision: null, recall: null, flaggedRecall: null, flaggedPrecision: null, unknownShare: 0, priorPrecision: null, priorFlaggedPrecision: null });
  });

  it("re-weights precision to a 10% share of fakes: recall × 0.1 against false-positive rate × 0.9", () => {
    const farm = cases[0] as LabelledAccount;
    const real = (handle: string, input: Partial<LabelledAccount["input"]>): LabelledAccount => ({ bot: false, note: "r", input: { handle, ...input } });
    const set = [farm, real("a.b", { hasAvatar: false, videoCount: 0, followerCount: 3, followingCount: 400 }), real("c.d", known), real("e.f", known), real("g.h", known)];
    const summary = summarise("w", scoreAll(set, EVAL_NOW));
    expect(summary).toMatchObject({ precision: 0.5, recall: 1 });
    expect(summary.priorPrecision).toBeCloseTo(0.1 / (0.1 + 0.25 * 0.9), 10);
  });

  it("strips every profile field but keeps the handle, the batch check and follow cycles", () => {
    const batch = { id: "b", size: 9, windowMinutes: 4 };
    const [a, b] = withoutProfiles([
      { bot: true, note: "n", input: { handle: "user1", hasAvatar: false, videoCount: 0, batch, followCycles: 3 } },
      { bot: false, note: "m", input: { handle: "dave.ok", ...known } },
    ]);
    expect(a).toEqual({ bot: true, note: "n", input: { handle: "user1", batch, followCycles: 3 } });
    expect(b!.input).toEqual({ handle: "dave.ok", batch: null, followCycles: null });
  });

  it("keeps the digit share a set gives for a withheld handle", () => {
    const [a] = withoutProfiles([{ bot: true, note: "k", input: { handle: "", handleDigitShare: 0.4, hasAvatar: false } }]);
    expect(a!.input).toEqual({ handle: "", handleDigitShare: 0.4, batch: null, followCycles: null });
  });
});
