import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./relationship-csv";

describe("csvCell", () => {
  it.each([
    [null, ""],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["-1", "'-1"],
    ["line\nbreak", '"line\nbreak"'],
  ])("%j → %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe("csvLine", () => {
  it("writes the five columns in header order", () => {
    const line = csvLine({ handle: "ann", handleKey: "ann", followerSince: "2024-01-02T10:00:00.000Z", followingSince: null, followerLostAfter: null, followerLostBefore: null });
    expect(line).toBe("ann,2024-01-02T10:00:00.000Z,,,\n");
  });
});
