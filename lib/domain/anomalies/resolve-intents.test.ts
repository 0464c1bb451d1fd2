import { describe, expect, it } from "vitest";
import { judgeIntents, resolveIntents } from "./resolve-intents";
import { intent } from "./test-fixtures";

describe("resolveIntents", () => {
  it.each([
    { name: "no snapshot yet: pending", intents: [intent(1, "ana", "follow", 0)], expected: [[1, "pending", null]] },
    { name: "follow shown at the first check: confirmed", intents: [intent(1, "ana", "follow", 0, [[10, 1, true]])], expected: [[1, "confirmed", 10]] },
    { name: "follow missing at the first check: anomaly", intents: [intent(1, "ana", "follow", 0, [[10, 1, false]])], expected: [[1, "anomaly", 10]] },
    { name: "follow arrived late: confirmed by the second check", intents: [intent(1, "ana", "follow", 0, [[10, 1, false], [11, 2, true]])], expected: [[1, "confirmed", 11]] },
    { name: "follow missing at two checks: anomaly", intents: [intent(1, "ana", "follow", 0, [[10, 1, false], [11, 2, false]])], expected: [[1, "anomaly", 10]] },
    { name: "unfollow applied: confirmed", intents: [intent(1, "ana", "unfollow", 0, [[10, 1, false]])], expected: [[1, "confirmed", 10]] },
    { name: "unfollow not applied: anomaly", intents: [intent(1, "ana", "unfollow", 0, [[10, 1, true]])], expected: [[1, "anomaly", 10]] },
    {
      name: "follow then unfollow before the snapshot: the unfollow counts",
      intents: [intent(1, "ana", "follow", 0, [[10, 1, false]]), intent(2, "ana", "unfollow", 0.5, [[10, 1, false]])],
      expected: [[1, "confirmed", 10], [2, "confirmed", 10]],
    },
    {
      name: "follow then unfollow, neither checked yet",
      intents: [intent(1, "ana", "follow", 0), intent(2, "ana", "unfollow", 0.5)],
      expected: [[1, "pending", null], [2, "pending", null]],
    },
    {
      name: "a check after the next intent no longer judges the earlier one",
      intents: [intent(1, "ana", "follow", 0, [[10, 1, false], [11, 3, false]]), intent(2, "ana", "unfollow", 2, [[11, 3, false]])],
      expected: [[1, "anomaly", 10], [2, "confirmed", 11]],
    },
    {
      name: "other handles are judged on their own",
      intents: [intent(1, "ana", "follow", 0, [[10, 1, false]]), intent(2, "bo", "unfollow", 0.5, [[10, 1, false]])],
      expected: [[1, "anomaly", 10], [2, "confirmed", 10]],
    },
    { name: "system-origin events are not judged", intents: [intent(1, "ana", "unfollow", 0, [], { origin: "system" })], expected: [] },
    { name: "intents about followers are not judged", intents: [intent(1, "ana", "unfollow", 0, [[10, 1, true]], { direction: 1 })], expected: [] },
  ])("$name", ({ intents, expected }) => {
    expect(resolveIntents(intents).map((r) => [r.intentId, r.resolution, r.snapshotId])).toEqual(expected);
  });

  it("counts the checks that contradict an intent, up to the creator's next intent", () => {
    const j = judgeIntents([intent(1, "ana", "follow", 0, [[10, 1, false], [11, 3, false]]), intent(2, "ana", "unfollow", 2, [[11, 3, false]])]);
    expect(j.map((x) => [x.intentId, x.missing, x.checks.length, x.superseded])).toEqual([[1, 1, 1, false], [2, 0, 1, false]]);
    expect(judgeIntents([intent(1, "ana", "follow", 0, [[10, 1, false], [11, 3, false]])])[0]!.missing).toBe(2);
  });
});
