import { describe, expect, it } from "vitest";
import type { BotReason } from "./bots/types";
import { compactReasons } from "./compact-reasons";

const r = (signal: string, weight: number): BotReason => ({ signal, value: null, weight, detail: signal });
const names = (xs: BotReason[]) => xs.map((x) => x.signal);

describe("compactReasons", () => {
  it.each([
    ["a +12 name waits behind a +30 batch (less than half)", [r("batch", 30), r("name", 12), r("bio", 6)], ["batch"], ["name", "bio"]],
    ["two strong tells show together", [r("batch", 30), r("name", 15), r("bio", 6)], ["batch", "name"], ["bio"]],
    ["one reason only", [r("avatar", 15)], ["avatar"], []],
    ["real-looking points count by their size", [r("bio", 6), r("old-active", -15), r("videos", -8)], ["old-active", "videos"], ["bio"]],
    ["a tie in size puts the bot-ward one first", [r("videos", -10), r("avatar", 10)], ["avatar", "videos"], []],
    ["notes with no points wait behind the counted ones", [r("no-profile", 0), r("batch", 30), r("name", 20)], ["batch", "name"], ["no-profile"]],
    ["nothing counted: the first note shows", [r("insufficient-data", 0)], ["insufficient-data"], []],
    ["nothing counted, two notes", [r("no-profile", 0), r("missing-fields", 0)], ["no-profile"], ["missing-fields"]],
    ["no reasons at all", [], [], []],
  ])("%s", (_, reasons, inline, more) => {
    const out = compactReasons(reasons);
    expect(names(out.inline)).toEqual(inline);
    expect(names(out.more)).toEqual(more);
  });

  it("keeps every reason, once", () => {
    const reasons = [r("a", 5), r("b", -3), r("c", 0), r("d", 18), r("e", 9)];
    const out = compactReasons(reasons);
    expect([...names(out.inline), ...names(out.more)].sort()).toEqual(names(reasons).sort());
  });
});
