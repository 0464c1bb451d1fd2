import { describe, expect, it } from "vitest";
import { ListBuilder } from "./list-builder";

describe("ListBuilder", () => {
  it("keeps file order and the first spelling, merges duplicates to the earliest date", () => {
    const b = new ListBuilder("followers");
    b.add("fan_b", 300);
    b.add("zed", Number.NaN);
    b.add("FAN_B", 100);
    b.add("fan_b", 200);
    b.add("Zed", 50);
    const list = b.finish();
    expect(list.handles).toEqual(["fan_b", "zed"]);
    expect([...list.since]).toEqual([100, 50]);
    expect(b.warnings()).toEqual(['followers: 3 handles appear more than once (e.g. "fan_b" and "FAN_B"); merged, keeping the earliest date']);
  });

  it("names an exact repeat as such", () => {
    const b = new ListBuilder("following");
    b.add("a", 1e12);
    b.add("a", 2e12);
    expect(b.warnings()).toEqual(['following: 1 handle appears more than once (e.g. "a" twice); merged, keeping the earliest date']);
    expect(b.range()).toEqual({ first: 1e12, last: 1e12 });
  });

  it("holds many rows (the index grows) and finds every duplicate", () => {
    const b = new ListBuilder("followers");
    const n = 50_000;
    for (let i = 0; i < n; i++) b.add(`user_${i}`, i);
    for (let i = 0; i < n; i += 7) b.add(`USER_${i}`, -1);
    const list = b.finish();
    expect(list.handles.length).toBe(n);
    expect(list.since.length).toBe(n);
    expect(list.since[7]).toBe(-1);
    expect(list.since[8]).toBe(8);
    expect(b.range()).toEqual({ first: -1, last: n - 1 });
  });

  it("has no range without dates, and an empty list is empty", () => {
    const b = new ListBuilder("followers");
    expect(b.range()).toBeNull();
    b.add("a", Number.NaN);
    expect(b.range()).toBeNull();
    expect(new ListBuilder("followers").finish()).toEqual({ handles: [], since: new Float64Array(0) });
  });
});

describe("ListBuilder with non-ASCII handles", () => {
  it("merges case variants in any script and refuses what cleanHandle refuses", () => {
    const b = new ListBuilder("followers");
    b.add("Алиса", 2e12);
    b.add("алиса", 1e12);
    b.add("\u200e@ZOË", 3e12);
    b.add("zoë", 4e12);
    expect(b.finish().handles).toEqual(["Алиса", "ZOË"]);
    expect(() => new ListBuilder("followers").add("a b", 1)).toThrow(expect.objectContaining({ code: "bad-handle" }));
    expect(() => new ListBuilder("followers").add(7, 1)).toThrow(expect.objectContaining({ code: "wrong-shape" }));
  });
});

describe("ListBuilder sized from the profile counts", () => {
  it.each([0, 10, 5000, 1e12])("expected %s rows, given 6000", (expected) => {
    const b = new ListBuilder("followers", expected);
    for (let i = 0; i < 6000; i++) b.add(`u${i}`, i);
    b.add("U5", -5);
    const list = b.finish();
    expect(list.handles.length).toBe(6000);
    expect(list.since[5]).toBe(-5);
  });
});
