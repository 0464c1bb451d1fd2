import { describe, expect, it } from "vitest";
import { detectIntentAnomalies } from "./detect-intent-anomalies";
import { intent } from "./test-fixtures";

const brief = (a: ReturnType<typeof detectIntentAnomalies>[number]) => ({ kind: a.kind, severity: a.severity, handles: a.accounts.map((x) => x.handle), snapshotIds: a.snapshotIds });

describe("detectIntentAnomalies", () => {
  it.each([
    {
      name: "a follow missing at the first check",
      intents: [intent(1, "ana", "follow", 0, [[10, 1, false]])],
      expected: [{ kind: "follow-not-registered", severity: "medium", handles: ["ana"], snapshotIds: [10] }],
    },
    {
      name: "a follow missing at two checks",
      intents: [intent(1, "ana", "follow", 0, [[10, 1, false], [11, 2, false]])],
      expected: [{ kind: "follow-not-registered", severity: "high", handles: ["ana"], snapshotIds: [10, 11] }],
    },
    {
      name: "follows judged by the same snapshot are one anomaly",
      intents: [intent(1, "ana", "follow", 0, [[10, 1, false]]), intent(2, "bo", "follow", 0.5, [[10, 1, false]]), intent(3, "cy", "follow", 0.6, [[10, 1, true]])],
      expected: [{ kind: "follow-not-registered", severity: "medium", handles: ["ana", "bo"], snapshotIds: [10] }],
    },
    {
      name: "follows judged by different snapshots are two",
      intents: [intent(1, "ana", "follow", 0, [[10, 1, false]]), intent(2, "bo", "follow", 1.5, [[11, 2, false]])],
      expected: [
        { kind: "follow-not-registered", severity: "medium", handles: ["ana"], snapshotIds: [10] },
        { kind: "follow-not-registered", severity: "medium", handles: ["bo"], snapshotIds: [11] },
      ],
    },
    {
      name: "an unfollow still shown",
      intents: [intent(1, "ana", "unfollow", 0, [[10, 1, true]])],
      expected: [{ kind: "unfollow-not-applied", severity: "medium", handles: ["ana"], snapshotIds: [10] }],
    },
    { name: "look-alike: the follow is there", intents: [intent(1, "ana", "follow", 0, [[10, 1, true]])], expected: [] },
    { name: "look-alike: the follow arrived late", intents: [intent(1, "ana", "follow", 0, [[10, 1, false], [11, 2, true]])], expected: [] },
    { name: "look-alike: the unfollow was applied", intents: [intent(1, "ana", "unfollow", 0, [[10, 1, false]])], expected: [] },
    { name: "look-alike: no snapshot yet", intents: [intent(1, "ana", "follow", 0)], expected: [] },
    {
      name: "look-alike: followed, then unfollowed before the snapshot",
      intents: [intent(1, "ana", "follow", 0, [[10, 1, false]]), intent(2, "ana", "unfollow", 0.5, [[10, 1, false]])],
      expected: [],
    },
  ])("$name", ({ intents, expected }) => {
    expect(detectIntentAnomalies(4, intents).map(brief)).toEqual(expected);
  });

  it("says it in words, one follow or several", () => {
    const [one] = detectIntentAnomalies(4, [intent(1, "ana", "follow", 0, [[10, 1, false], [11, 2, false]])]);
    expect(one).toMatchObject({
      key: "follow-not-registered:4:2026-05-02T08:00:00.000Z",
      windowStart: new Date("2026-05-01T08:00:00Z"),
      windowEnd: new Date("2026-05-02T08:00:00Z"),
      summary: "Your follow of @ana on 1 May did not show up in your following on 2 May, nor at the next snapshot",
      accountCount: 1,
    });
    expect(one!.accounts[0]!.detail).toBe("followed 1 May; missing at 2 snapshots");
    const [many] = detectIntentAnomalies(4, [
      intent(1, "ana", "unfollow", -1, [[10, 1, true], [11, 2, true]]),
      intent(2, "bo", "unfollow", 0, [[10, 1, true]]),
    ]);
    expect(many!.summary).toBe("2 unfollows you made between 30 Apr and 1 May were not applied: you still followed those accounts on 2 May; 1 still at the next snapshot");
    expect(many!.severity).toBe("high");
  });

  it("keeps its key when a second check raises the severity", () => {
    const [before] = detectIntentAnomalies(4, [intent(1, "ana", "follow", 0, [[10, 1, false]])]);
    const [after] = detectIntentAnomalies(4, [intent(1, "ana", "follow", 0, [[10, 1, false], [11, 2, false]])]);
    expect(after!.key).toBe(before!.key);
    expect([before!.severity, after!.severity]).toEqual(["medium", "high"]);
  });
});
