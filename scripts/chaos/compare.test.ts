import { describe, expect, it } from "vitest";
import type { Outcome } from "./chaos-data";
import { compareOutcomes } from "./compare";

const exports = [{ file: "a.zip", sha256: "aa" }, { file: "b.zip", sha256: "bb" }, { file: "c.zip", sha256: "cc" }];
const snap = (hash: string, followers: number) => ({ hash: `file:${hash}`, takenAt: `2026-10-0${followers}T12:00:00.000Z`, followers, following: 0, gained: followers, lost: 0 });
const outcome = (over: Partial<Outcome> = {}): Outcome => ({
  snapshots: [snap("aa", 1), snap("bb", 2), snap("cc", 3)],
  imports: [],
  relationships: 3,
  intervals: 0,
  dailyRows: 3,
  ...over,
});

describe("compareOutcomes", () => {
  it.each([
    { name: "the same history", chaos: outcome(), verdict: { applied: 3, failedKept: 0, lost: [], duplicates: [], mismatches: [] } },
    {
      name: "an export applied twice",
      chaos: outcome({ snapshots: [snap("aa", 1), snap("bb", 2), snap("bb", 2), snap("cc", 3)] }),
      verdict: { applied: 3, duplicates: ["export 2"], lost: [], mismatches: [expect.stringMatching(/^snapshots differ .* #3/)] },
    },
    {
      name: "an export never applied, its import failed with the file dropped",
      chaos: outcome({ snapshots: [snap("aa", 1), snap("cc", 3)], imports: [{ id: 2, hash: "bb", status: "failed", storagePath: null, error: "x" }] }),
      verdict: { applied: 2, failedKept: 0, lost: ["export 2"] },
    },
    {
      name: "an export failed with its file kept for a retry",
      chaos: outcome({ snapshots: [snap("aa", 1), snap("cc", 3)], imports: [{ id: 2, hash: "bb", status: "failed", storagePath: "/u/2", error: "x" }], relationships: 3 }),
      verdict: { applied: 2, failedKept: 1, lost: [] },
    },
    { name: "a row count that differs", chaos: outcome({ intervals: 1 }), verdict: { mismatches: ["intervals: 1 (clean run 0)"] } },
  ])("$name", ({ chaos, verdict }) => {
    expect(compareOutcomes(exports, outcome(), chaos)).toMatchObject(verdict);
  });
});
