import { describe, expect, it } from "vitest";
import { MAX_ATTEMPTS, nextRetryAt } from "./retry-schedule";

const at = new Date(Date.UTC(2026, 4, 4, 10));
const min = 60_000;

describe("nextRetryAt", () => {
  it.each([
    { attempts: 1, after: 1 * min },
    { attempts: 2, after: 5 * min },
    { attempts: 3, after: 30 * min },
    { attempts: 4, after: 120 * min },
    { attempts: 5, after: 720 * min },
    { attempts: 6, after: null },
    { attempts: 50, after: null },
  ])("after $attempts failed attempts: $after ms", ({ attempts, after }) => {
    expect(nextRetryAt(attempts, at)?.getTime() ?? null).toBe(after === null ? null : at.getTime() + after);
  });

  it("gives six attempts in all", () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(nextRetryAt(MAX_ATTEMPTS - 1, at)).not.toBeNull();
    expect(nextRetryAt(MAX_ATTEMPTS, at)).toBeNull();
  });

  it.each([0, -1, 1.5])("refuses %s attempts", (attempts) => {
    expect(() => nextRetryAt(attempts, at)).toThrow(RangeError);
  });
});
