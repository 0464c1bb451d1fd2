import { describe, expect, it } from "vitest";
import { detectKeepListLosses } from "./detect-keep-list-losses";
import { day, intent, snapshot } from "./test-fixtures";
import type { LostFollowing } from "./types";

const snapshots = [0, 1, 2, 3, 4].map((d) => snapshot(d + 1, d, { lostFollowing: d === 3 ? 2 : 0 }));
// Lost between the snapshots of days 2 and 3 (ids 3 and 4).
const lost = (handle: string, keptDay: number | null, after = 2, before = 3): LostFollowing => ({
  handleKey: handle, handle, lostAfter: day(after), lostBefore: day(before), keptSince: keptDay === null ? null : day(keptDay),
});

describe("detectKeepListLosses", () => {
  it.each([
    { name: "keep-list accounts lost without an unfollow", lost: [lost("ana", 0), lost("bo", 1)], intents: [], expected: [["ana", "bo"]] },
    { name: "different windows are different anomalies", lost: [lost("ana", 0), lost("bo", 0, 3, 4)], intents: [], expected: [["ana"], ["bo"]] },
    { name: "look-alike: the creator's own recorded unfollow", lost: [lost("ana", 0)], intents: [intent(1, "ana", "unfollow", 2.5)], expected: [] },
    { name: "look-alike: an unfollow recorded days before the last snapshot with it", lost: [lost("ana", 0)], intents: [intent(1, "ana", "unfollow", -3)], expected: [] },
    { name: "an unfollow recorded long before does not explain it", lost: [lost("ana", 0)], intents: [intent(1, "ana", "unfollow", -6)], expected: [["ana"]] },
    { name: "an unfollow of someone else does not explain it", lost: [lost("ana", 0)], intents: [intent(1, "bo", "unfollow", 2.5)], expected: [["ana"]] },
    { name: "a follow intent does not explain it", lost: [lost("ana", 0)], intents: [intent(1, "ana", "follow", 2.5)], expected: [["ana"]] },
    { name: "look-alike: an account not on the keep list", lost: [lost("ana", null)], intents: [], expected: [] },
    { name: "look-alike: put on the keep list after it was lost", lost: [lost("ana", 3.5)], intents: [], expected: [] },
    {
      name: "a loss the platform reported is left to the system-unfollow detector",
      lost: [lost("ana", 0)], intents: [intent(1, "ana", "unfollow", 2.5, [], { origin: "system" })], expected: [],
    },
  ])("$name", ({ lost, intents, expected }) => {
    expect(detectKeepListLosses(6, snapshots, intents, lost).map((a) => a.accounts.map((x) => x.handle))).toEqual(expected);
  });

  it("says it in words, with the snapshots and the series around it", () => {
    const [a] = detectKeepListLosses(6, snapshots, [], [lost("ana", 0), lost("bo", 1)]);
    expect(a).toMatchObject({
      kind: "unexpected-unfollow",
      key: "unexpected-unfollow:6:2026-05-03T08:00:00.000Z/2026-05-04T08:00:00.000Z",
      severity: "medium",
      windowStart: day(2),
      windowEnd: day(3),
      summary: "2 accounts on your keep list disappeared from your following between 3 and 4 May without an unfollow from you",
      accountCount: 2,
      snapshotIds: [3, 4],
    });
    expect(a!.accounts[1]).toEqual({ handleKey: "bo", handle: "bo", detail: "on your keep list since 2 May" });
    expect(a!.evidence.series!.points.filter((p) => p.inWindow)).toEqual([{ at: day(3).toISOString(), value: 2, inWindow: true }]);
  });

  it("is high severity from ten accounts at once", () => {
    const many = Array.from({ length: 10 }, (_, i) => lost(`u${i}`, 0));
    expect(detectKeepListLosses(6, snapshots, [], many)[0]!.severity).toBe("high");
  });
});
