import { describe, expect, it } from "vitest";
import { EVAL_NOW, labelledAccounts } from "./labelled-accounts";
import { fromRow } from "./labelled-row";

describe("labelledAccounts", () => {
  it("has at least 60 hand-written cases of both classes, each with a note and a distinct handle", () => {
    expect(labelledAccounts.length).toBeGreaterThanOrEqual(60);
    expect(labelledAccounts.filter((c) => c.bot).length).toBeGreaterThanOrEqual(25);
    expect(labelledAccounts.filter((c) => !c.bot).length).toBeGreaterThanOrEqual(25);
    for (const c of labelledAccounts) expect(c.note.length).toBeGreaterThan(5);
    expect(new Set(labelledAccounts.map((c) => c.input.handle.toLowerCase())).size).toBe(labelledAccounts.length);
  });
});

describe("fromRow", () => {
  it.each([
    {
      name: "dates are days before EVAL_NOW, unknowns stay null",
      row: ["ann", 1, 2, 0, false, null, 0, 10, null, "n"] as const,
      expected: { handle: "ann", followerCount: 1, followingCount: 2, videoCount: 0, hasAvatar: false, isPrivate: null, bioLength: 0, accountCreatedAt: new Date(EVAL_NOW.getTime() - 10 * 86_400_000), lastPostAt: null },
    },
    {
      name: "behaviour becomes batch membership and cycles",
      row: ["bo", null, null, null, null, null, null, null, null, "n", { batchSize: 12, followCycles: 3 }] as const,
      expected: { handle: "bo", followerCount: null, followingCount: null, videoCount: null, hasAvatar: null, isPrivate: null, bioLength: null, accountCreatedAt: null, lastPostAt: null, batch: { id: "eval-batch-12", size: 12, windowMinutes: 20 }, followCycles: 3 },
    },
  ])("$name", ({ row, expected }) => {
    expect(fromRow(true, [...row]).input).toEqual(expected);
  });
});
