import { describe, expect, it } from "vitest";
import { detectSystemUnfollows } from "./detect-system-unfollows";
import { day, intent } from "./test-fixtures";

const system = { origin: "system" as const };

describe("detectSystemUnfollows", () => {
  it.each([
    { name: "system unfollows of one day are one anomaly", intents: [intent(1, "ana", "unfollow", 0, [], system), intent(2, "bo", "unfollow", 0.2, [], { ...system, direction: 1 })], expected: [2] },
    { name: "two days are two anomalies", intents: [intent(1, "ana", "unfollow", 0, [], system), intent(2, "bo", "unfollow", 1, [], system)], expected: [1, 1] },
    { name: "an account whose two follows ended counts once", intents: [intent(1, "ana", "unfollow", 0, [], system), intent(2, "ana", "unfollow", 0.1, [], { ...system, direction: 1 })], expected: [1] },
    { name: "look-alike: the creator's own unfollow", intents: [intent(1, "ana", "unfollow", 0)], expected: [] },
    { name: "look-alike: a system follow", intents: [intent(1, "ana", "follow", 0, [], system)], expected: [] },
  ])("$name", ({ intents, expected }) => {
    expect(detectSystemUnfollows(6, intents).map((a) => a.accountCount)).toEqual(expected);
  });

  it("says it in words and keys it by the UTC day", () => {
    const [a] = detectSystemUnfollows(6, [
      intent(1, "ana", "unfollow", 0, [], system),
      intent(2, "bo", "unfollow", 0.2, [], system),
      intent(3, "cy", "unfollow", 0.3, [], { ...system, direction: 1 }),
    ]);
    expect(a).toMatchObject({
      kind: "unexpected-unfollow",
      key: "unexpected-unfollow:6:system:2026-05-01",
      severity: "medium",
      windowStart: day(0),
      windowEnd: day(0.3),
      summary: "The platform, not you, ended follows with 3 accounts on 1 May: 2 in your following, 1 among your followers",
      snapshotIds: [],
    });
    expect(a!.accounts.map((x) => x.detail)).toEqual(["you no longer follow them", "you no longer follow them", "no longer follows you"]);
  });
});
