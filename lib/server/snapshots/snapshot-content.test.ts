import { describe, expect, it } from "vitest";
import { decodeSnapshotContent, encodeSnapshotContent } from "./snapshot-content";

describe("snapshot content", () => {
  const cases = [
    { name: "empty lists", hasFollowers: true, hasFollowing: false, columns: { keys: [], handles: [], followerSince: [], followingSince: [] } },
    {
      name: "both lists, a spelling that differs, missing dates",
      hasFollowers: true,
      hasFollowing: true,
      columns: { keys: ["anna", "bob.x", "zoë"], handles: ["Anna", "bob.x", "Zoë"], followerSince: [1700000000, null, 1600000000.5], followingSince: [null, 1700000001, 1] },
    },
  ];
  it.each(cases)("round-trips $name", async ({ name: _name, ...content }) => {
    expect(decodeSnapshotContent(await encodeSnapshotContent(content))).toEqual(content);
  });

  it("round-trips more rows than one gzip chunk", async () => {
    const n = 120_000;
    const keys = Array.from({ length: n }, (_, i) => `h${i.toString().padStart(6, "0")}`);
    const content = { hasFollowers: true, hasFollowing: true, columns: { keys, handles: keys, followerSince: keys.map((_, i) => i), followingSince: keys.map((_, i) => (i % 3 ? null : i)) } };
    const decoded = decodeSnapshotContent(await encodeSnapshotContent(content));
    expect(decoded.columns.keys.length).toBe(n);
    expect(decoded).toEqual(content);
  });
});
