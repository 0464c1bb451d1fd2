import { describe, expect, it } from "vitest";
import { lockDuration } from "./lock-duration";

const min = 60_000;
const rule = { maxFailures: 10, lockMs: 15 * min, maxLockMs: 24 * 60 * min, forgetAfterMs: 24 * 60 * min };

describe("lockDuration", () => {
  it.each([
    { lockout: 1, out: 15 * min },
    { lockout: 2, out: 30 * min },
    { lockout: 3, out: 60 * min },
    { lockout: 6, out: 480 * min },
    { lockout: 7, out: 960 * min },
    { lockout: 8, out: 24 * 60 * min }, // 1,920 min would pass the cap
    { lockout: 1_000, out: 24 * 60 * min },
  ])("lockout $lockout lasts $out ms", ({ lockout, out }) => {
    expect(lockDuration(lockout, rule)).toBe(out);
  });

  it("never passes the cap, even when the base does", () => {
    expect(lockDuration(1, { ...rule, lockMs: 48 * 60 * min })).toBe(24 * 60 * min);
  });

  it.each([0, -1, 1.5])("refuses lockout %s", (lockout) => {
    expect(() => lockDuration(lockout, rule)).toThrow(RangeError);
  });
});
