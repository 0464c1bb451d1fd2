import { describe, expect, it } from "vitest";
import { batch, followCycles } from "./behaviour-signals";
import type { BotSignalInput } from "./types";
import { WEIGHTS as W } from "./weights";

const run = (signal: typeof batch, input: Partial<BotSignalInput>) => signal({ input: { handle: "x", ...input }, nowMs: 0 });

describe("behaviour signals", () => {
  it.each([
    { name: "no batch", signal: batch, input: {}, expected: null },
    { name: "null batch", signal: batch, input: { batch: null }, expected: null },
    { name: "small batch", signal: batch, input: { batch: { id: "b", size: 6, windowMinutes: 12 } }, expected: ["coordinated-batch", "b", W.batch] },
    { name: "large batch", signal: batch, input: { batch: { id: "b", size: 40, windowMinutes: 30 } }, expected: ["coordinated-batch", "b", W.largeBatch] },
    { name: "cycles unknown", signal: followCycles, input: {}, expected: null },
    { name: "one cycle is ordinary", signal: followCycles, input: { followCycles: 1 }, expected: null },
    { name: "two cycles", signal: followCycles, input: { followCycles: 2 }, expected: ["follow-cycles", 2, W.followCycles] },
    { name: "five cycles", signal: followCycles, input: { followCycles: 5 }, expected: ["follow-cycles", 5, W.manyFollowCycles] },
    { name: "NaN cycles", signal: followCycles, input: { followCycles: Number.NaN }, expected: null },
  ])("$name", ({ signal, input, expected }) => {
    const r = run(signal, input);
    expect(r && [r.signal, r.value, r.weight]).toEqual(expected);
  });

  it("names the batch as its value, and its size and window in words", () => {
    const r = run(batch, { batch: { id: "batch-2025-01-01T00:00:00.000Z-1", size: 6, windowMinutes: 12 } });
    expect(r?.value).toBe("batch-2025-01-01T00:00:00.000Z-1");
    expect(r?.detail).toBe("one of 6 look-alike accounts that followed within 12 minutes");
  });
});
