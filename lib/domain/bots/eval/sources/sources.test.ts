// Parser tests on a few rows written here by hand in each set's format: they check the column mapping, not the
// scorer's quality (that is measured on the real files, see scripts/eval-bots.ts).
import { describe, expect, it } from "vitest";
import { bool, csvRecords, num, parseCsv } from "./csv";
import { parseInstaFake } from "./instafake";
import { parseKaggle } from "./kaggle";
import { parseSrf } from "./srf";

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, CRLF and skips blank lines", () => {
    expect(parseCsv('a,"b"\r\n"x,1","say ""hi"""\r\n\r\n2,3')).toEqual({ header: ["a", "b"], rows: [["x,1", 'say "hi"'], ["2", "3"]] });
  });

  it("fails loudly on a missing column", () => {
    expect(() => csvRecords("a,b\n1,2", ["c"])).toThrow('column "c" not in header: a, b');
  });

  it.each([["1", 1], [" 2.5 ", 2.5], ["", null], ["NA", null]])("num(%j) = %j", (cell, expected) => expect(num(cell)).toBe(expected));
  it.each([["1", true], ["TRUE", true], ["false", false], ["0", false], ["NA", null]])("bool(%j) = %j", (cell, expected) => expect(bool(cell)).toBe(expected));
  it("rejects cells that are neither", () => {
    expect(() => num("12k")).toThrow();
    expect(() => bool("yes")).toThrow();
  });
});

describe("parseKaggle", () => {
  const text = [
    "profile pic,nums/length username,fullname words,nums/length fullname,name==username,description length,external URL,private,#posts,#followers,#follows,fake",
    "1,0.27,0,0,0,53,0,0,32,1000,955,0",
    "0,0.5,1,0,0,0,0,1,0,12,340,1",
  ].join("\r\n");

  it("maps the columns; the handle is withheld, its digit share kept", () => {
    expect(parseKaggle(text, "t.csv")).toEqual([
      { bot: false, note: "t.csv row 1", input: { handle: "", handleDigitShare: 0.27, hasAvatar: true, bioLength: 53, isPrivate: false, videoCount: 32, followerCount: 1000, followingCount: 955 } },
      { bot: true, note: "t.csv row 2", input: { handle: "", handleDigitShare: 0.5, hasAvatar: false, bioLength: 0, isPrivate: true, videoCount: 0, followerCount: 12, followingCount: 340 } },
    ]);
  });
});

describe("parseInstaFake", () => {
  it("maps the fields and turns digit count / length into a share", () => {
    const json = JSON.stringify([
      { userFollowerCount: 25, userFollowingCount: 1937, userBiographyLength: 0, userMediaCount: 0, userHasProfilPic: 1, userIsPrivate: 1, usernameDigitCount: 4, usernameLength: 16, isFake: 1 },
      { userFollowerCount: 263, userFollowingCount: 482, userBiographyLength: 30, userMediaCount: 29, userHasProfilPic: 1, userIsPrivate: 0, usernameDigitCount: 0, usernameLength: 0, isFake: 0 },
    ]);
    expect(parseInstaFake(json, "f.json")).toEqual([
      { bot: true, note: "f.json row 1", input: { handle: "", handleDigitShare: 0.25, hasAvatar: true, isPrivate: true, bioLength: 0, videoCount: 0, followerCount: 25, followingCount: 1937 } },
      { bot: false, note: "f.json row 2", input: { handle: "", handleDigitShare: null, hasAvatar: true, isPrivate: false, bioLength: 30, videoCount: 29, followerCount: 263, followingCount: 482 } },
    ]);
  });

  it("refuses a row without its label", () => {
    expect(() => parseInstaFake('[{"userFollowerCount": 1}]', "f.json")).toThrow("f.json row 1: isFake missing");
  });
});

describe("parseSrf", () => {
  it("maps the columns; rating TRUE is fake; bio is not in the set", () => {
    const text = [
      '"Profile.URL","rating","Username","Number.of.posts","Number.of.people.they.follow","Number.of.followers","has_profile_picture","Private.account"',
      '"https://instagram.com/anna.b","FALSE","anna.b",30,272,174,"TRUE",TRUE',
      '"https://instagram.com/x8812734","TRUE","x8812734",0,4100,3,"FALSE",FALSE',
    ].join("\n");
    expect(parseSrf(text, "s.csv")).toEqual([
      { bot: false, note: "s.csv row 1", input: { handle: "anna.b", videoCount: 30, followingCount: 272, followerCount: 174, hasAvatar: true, isPrivate: true } },
      { bot: true, note: "s.csv row 2", input: { handle: "x8812734", videoCount: 0, followingCount: 4100, followerCount: 3, hasAvatar: false, isPrivate: false } },
    ]);
  });
});
