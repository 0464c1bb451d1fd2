// A small seeded fuzz run in the unit suite (the 10,000-file run is `npm run fuzz`): no file may crash the parse path.
import { describe, expect, it } from "vitest";
import { makeUpload } from "./make-upload";
import { runFuzz } from "./run-fuzz";
import { buildSeeds } from "./seeds";

describe("fuzz run", () => {
  it("300 mutated exports: each accepted or rejected with a message, none crashes", async () => {
    const report = await runFuzz({ seed: 7, count: 300 });
    expect(report.crashes).toEqual([]);
    expect(report.tried).toBe(300);
    expect(report.accepted).toBeGreaterThan(20);
    expect(report.rejected).toBeGreaterThan(100);
  }, 120_000);

  it("the same seed and index make the same file", () => {
    const seeds = buildSeeds();
    const a = makeUpload(seeds, 3, 42);
    const b = makeUpload(seeds, 3, 42);
    expect(b).toEqual(a);
    expect(makeUpload(seeds, 4, 42).bytes).not.toEqual(a.bytes);
  });
});
