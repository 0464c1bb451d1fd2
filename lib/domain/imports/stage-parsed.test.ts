import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareSnapshot } from "../prepare-snapshot";
import { stageColumns } from "../stage-rows";
import { stageParsedLists } from "./stage-parsed";
import type { ParsedList } from "./types";

const takenAt = new Date(Date.UTC(2026, 4, 1, 12));
const list = (rows: [string, number][]): ParsedList => ({ handles: rows.map((r) => r[0]), since: Float64Array.from(rows.map((r) => r[1])) });
const asEntries = (l: ParsedList | null) => (l ? l.handles.map((handle, i) => ({ handle, since: Number.isNaN(l.since[i]!) ? null : new Date(l.since[i]!) })) : null);

describe("stageParsedLists", () => {
  it.each([
    { name: "both lists merge in key order, the follower spelling wins", f: [["Bob", 1000], ["anna", 2000]] as [string, number][], g: [["BOB", 500], ["cy", NaN]] as [string, number][] },
    { name: "duplicates in different case keep the first spelling and the earliest date", f: [["Fan", 5000], ["fan", 1000], ["FAN", 3000]] as [string, number][], g: null },
    { name: "invisible marks and @ are stripped; empty handles dropped", f: [["@\u200Fzed", 1], ["  ", 2], ["@@", 3]] as [string, number][], g: [] as [string, number][] },
    { name: "future dates become the snapshot time", f: [["late", takenAt.getTime() + 86_400_000]] as [string, number][], g: null },
  ])("$name", ({ f, g }) => {
    const followers = list(f);
    const following = g ? list(g) : null;
    const expected = stageColumns(prepareSnapshot({ takenAt, source: "t", followers: asEntries(followers), following: asEntries(following) }));
    expect(stageParsedLists(followers, following, takenAt)).toEqual(expected);
  });

  it("matches prepareSnapshot + stageColumns on random lists", () => {
    const handle = fc.constantFrom("a", "A", "b.x", "B.X", "c_1", "zoë", "Zoë", "@d", "e", "\u200Be", "f", "g");
    const since = fc.oneof(fc.constant(NaN), fc.integer({ min: 0, max: takenAt.getTime() + 10 ** 9 }));
    const rows = fc.array(fc.tuple(handle, since), { maxLength: 30 });
    fc.assert(
      fc.property(rows, fc.option(rows, { nil: null }), (f, g) => {
        const followers = list(f);
        const following = g ? list(g) : null;
        const expected = stageColumns(prepareSnapshot({ takenAt, source: "t", followers: asEntries(followers), following: asEntries(following) }));
        expect(stageParsedLists(followers, following, takenAt)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
