import { describe, expect, it } from "vitest";
import { capAccounts, MAX_ANOMALY_ACCOUNTS, snapshotIdsAt } from "./involved-accounts";
import { day, snapshot } from "./test-fixtures";

const account = (k: string) => ({ handleKey: k, handle: k, detail: null });

describe("capAccounts", () => {
  it.each([
    { name: "a few stay as they are", accounts: ["a", "b"].map(account), expected: 2 },
    { name: "a handle twice is kept once", accounts: ["a", "b", "a"].map(account), expected: 2 },
    { name: "many are capped", accounts: Array.from({ length: MAX_ANOMALY_ACCOUNTS + 5 }, (_, i) => account(`u${i}`)), expected: MAX_ANOMALY_ACCOUNTS },
  ])("$name", ({ accounts, expected }) => {
    expect(capAccounts(accounts)).toHaveLength(expected);
  });
});

describe("snapshotIdsAt", () => {
  it("finds the snapshots taken at the given times, oldest first", () => {
    const snapshots = [snapshot(1, 0), snapshot(2, 1), snapshot(3, 2)];
    expect(snapshotIdsAt(snapshots, [day(2), day(0), day(0.5)])).toEqual([1, 3]);
  });
});
