import { describe, expect, it } from "vitest";
import { csvCell, csvHeader, csvLine, jsonLine } from "./relationship-csv";
import type { RelationshipKind } from "./types";
import type { RelationshipRow } from "./view-types";

describe("csvCell", () => {
  it.each([
    [null, ""],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["-1", "-1"],
    ["-2.5", "-2.5"],
    ["-2+3", "'-2+3"],
    ["-1e3", "'-1e3"],
    ["-", "'-"],
    ["+1", "'+1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["line\nbreak", '"line\nbreak"'],
  ])("%j → %j", (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

const row: RelationshipRow = {
  handle: "=ann",
  handleKey: "=ann",
  followerSince: "2024-01-02T10:00:00.000Z",
  followingSince: "2024-02-03T10:00:00.000Z",
  followerLostAfter: "2024-03-01T00:00:00.000Z",
  followerLostBefore: "2024-03-02T00:00:00.000Z",
  botLabel: "likely-bot",
};

describe("csvHeader and csvLine per list", () => {
  it.each<{ kind: RelationshipKind; header: string; line: string }>([
    { kind: "followers", header: "handle,follows_you_since,bot_label", line: "'=ann,2024-01-02T10:00:00.000Z,likely-bot" },
    { kind: "fans", header: "handle,follows_you_since,bot_label", line: "'=ann,2024-01-02T10:00:00.000Z,likely-bot" },
    { kind: "new-followers", header: "handle,follows_you_since,bot_label", line: "'=ann,2024-01-02T10:00:00.000Z,likely-bot" },
    {
      kind: "mutuals",
      header: "handle,follows_you_since,you_follow_since,bot_label",
      line: "'=ann,2024-01-02T10:00:00.000Z,2024-02-03T10:00:00.000Z,likely-bot",
    },
    { kind: "following", header: "handle,you_follow_since,bot_label", line: "'=ann,2024-02-03T10:00:00.000Z,likely-bot" },
    { kind: "not-following-back", header: "handle,you_follow_since,bot_label", line: "'=ann,2024-02-03T10:00:00.000Z,likely-bot" },
    {
      kind: "lost-followers",
      header: "handle,left_after,left_before,bot_label",
      line: "'=ann,2024-03-01T00:00:00.000Z,2024-03-02T00:00:00.000Z,likely-bot",
    },
  ])("$kind", ({ kind, header, line }) => {
    expect(csvHeader(kind)).toBe(`${header}\n`);
    expect(csvLine(kind)(row)).toBe(`${line}\n`);
    expect(Object.keys(JSON.parse(jsonLine(kind)(row)))).toHaveLength(header.split(",").length);
  });

  it("leaves an unscored account's label empty", () => {
    expect(csvLine("lost-followers")({ ...row, handle: "bob", botLabel: null })).toBe("bob,2024-03-01T00:00:00.000Z,2024-03-02T00:00:00.000Z,\n");
    expect(JSON.parse(jsonLine("lost-followers")({ ...row, botLabel: undefined }))).toMatchObject({ handle: "=ann", botLabel: null });
  });
});
