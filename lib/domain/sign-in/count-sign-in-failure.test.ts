import { describe, expect, it } from "vitest";
import { countSignInFailure } from "./count-sign-in-failure";
import type { SignInState } from "./types";

const min = 60_000;
const rule = { maxFailures: 3, lockMs: 15 * min, maxLockMs: 60 * min, forgetAfterMs: 60 * min };

/** Failures at the given minutes, one scope: "n" (counted, n in a row), "lock n→+m" (counted, locked m minutes), "refused". */
function run(minutes: number[]) {
  let state: SignInState | null = null;
  return minutes.map((m) => {
    const result = countSignInFailure(state, rule, m * min);
    if (result.refused) return "refused";
    state = result.state;
    return result.lockedNow ? `lock ${result.state.failures}→+${(result.state.lockedUntil! - m * min) / min}` : String(result.state.failures);
  });
}

describe("countSignInFailure", () => {
  it.each([
    { name: "counts failures in a row", at: [0, 1], out: ["1", "2"] },
    { name: "the max-th failure locks for the base time", at: [0, 1, 2], out: ["1", "2", "lock 3→+15"] },
    { name: "while locked, tries are refused and not counted", at: [0, 1, 2, 3, 10, 16.9], out: ["1", "2", "lock 3→+15", "refused", "refused", "refused"] },
    { name: "after the lockout, the count goes on and the next lockout doubles", at: [0, 1, 2, 17, 18, 19], out: ["1", "2", "lock 3→+15", "4", "5", "lock 6→+30"] },
    { name: "the doubling stops at the cap", at: [0, 0, 0, 15, 15, 15, 45, 45, 45, 105, 105, 105], out: ["1", "2", "lock 3→+15", "4", "5", "lock 6→+30", "7", "8", "lock 9→+60", "10", "11", "lock 12→+60"] },
    { name: "a quiet spell as long as the window forgets", at: [0, 1, 61, 62], out: ["1", "2", "1", "2"] },
    { name: "just under the window remembers", at: [0, 1, 60.9], out: ["1", "2", "lock 3→+15"] },
    { name: "the window counts from the lockout's end", at: [0, 1, 2, 76, 77, 78], out: ["1", "2", "lock 3→+15", "4", "5", "lock 6→+30"] },
    { name: "a window after the lockout's end starts over at the base", at: [0, 1, 2, 77, 78, 79], out: ["1", "2", "lock 3→+15", "1", "2", "lock 3→+15"] },
  ])("$name", ({ at, out }) => {
    expect(run(at)).toEqual(out);
  });

  it("refuses with the lockout's end", () => {
    expect(countSignInFailure({ failures: 3, at: 0, lockedUntil: 15 * min }, rule, 14 * min)).toEqual({ refused: true, lockedUntil: 15 * min });
  });

  it("locks at once when one failure is the limit", () => {
    expect(countSignInFailure(null, { ...rule, maxFailures: 1 }, 0)).toEqual({ refused: false, lockedNow: true, state: { failures: 1, at: 0, lockedUntil: 15 * min } });
  });

  it("keeps the later failure time when a clock steps back", () => {
    const result = countSignInFailure({ failures: 1, at: 10 * min, lockedUntil: null }, rule, 9 * min);
    expect(result).toEqual({ refused: false, lockedNow: false, state: { failures: 2, at: 10 * min, lockedUntil: null } });
  });
});
