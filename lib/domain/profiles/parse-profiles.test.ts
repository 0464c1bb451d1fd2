import { describe, expect, it } from "vitest";
import { importError, NOW, source } from "@/lib/domain/imports/test-chunks";
import { parseProfiles } from "./parse-profiles";
import { matchProfiles, type Connection } from "./profile-report";
import { detectProfileFormat, type ProfileFormat } from "./profile-records";
import type { ColumnChoices } from "./resolve-mapping";

const parse = (name: string, text: string, choices?: ColumnChoices, chunk?: number) =>
  parseProfiles(source(name, text, chunk), { format: detectProfileFormat(name, new TextEncoder().encode(text.slice(0, 4096))), choices, now: NOW });

const everyone = (...keys: string[]) => new Map<string, Connection>(keys.map((k) => [k, { follower: true, following: false }]));

describe("parseProfiles: shapes", () => {
  const apifyInstagram = JSON.stringify([
    { username: "anna.k", biography: "hello", followersCount: 120, followsCount: 300, postsCount: 4, private: false, profilePicUrl: "https://scontent.cdninstagram.com/a.jpg", latestPosts: [{ timestamp: "2026-03-01T10:00:00.000Z" }, { timestamp: "2026-02-01T10:00:00.000Z" }] },
  ]);
  const shapes: [string, string, string, ProfileFormat, string, Record<string, unknown>][] = [
    ["CSV", "profiles.csv", "handle,followers,following,videos,avatar,private,bio,created,last_post\nanna.k,120,300,4,https://a/x.jpg,no,hello,2024-01-02,1772359200\n", "csv", "CSV",
      { followerCount: 120, followingCount: 300, videoCount: 4, hasAvatar: true, isPrivate: false, bioLength: 5, accountCreatedAt: Date.UTC(2024, 0, 2), lastPostAt: Date.UTC(2026, 2, 1, 10) }],
    ["semicolon CSV with a BOM", "p.csv", "\uFEFFusername;fans\r\nanna.k;120\r\n", "csv", "CSV", { followerCount: 120 }],
    ["Apify's Instagram JSON", "dataset.json", apifyInstagram, "json", "JSON list",
      { followerCount: 120, followingCount: 300, videoCount: 4, hasAvatar: true, isPrivate: false, bioLength: 5, lastPostAt: Date.UTC(2026, 2, 1, 10) }],
    ["the profiles API body", "body.json", JSON.stringify({ profiles: [{ handle: "anna.k", followerCount: 120, hasAvatar: false }] }), "json", 'JSON {"profiles": [...]}', { followerCount: 120, hasAvatar: false }],
    ["Instaloader's profile JSON", "anna.k_123.json",
      JSON.stringify({ node: { username: "anna.k", edge_followed_by: { count: 120 }, edge_follow: { count: 300 }, is_private: true, profile_pic_url: "https://x/p.jpg", biography: "" }, instaloader: { version: "4.14", node_type: "Profile" } }),
      "json", "Instaloader profile JSON", { followerCount: 120, followingCount: 300, isPrivate: true, hasAvatar: true }],
    ["Apify's TikTok JSON lines", "items.jsonl",
      [{ id: "1", createTime: 1607833011, authorMeta: { name: "anna.k", fans: 120, following: 300, video: 4, privateAccount: false, signature: "hi", avatar: "https://p16/a.jpeg" } }].map((o) => JSON.stringify(o)).join("\n") + "\n",
      "ndjson", "JSON lines", { followerCount: 120, followingCount: 300, videoCount: 4, isPrivate: false, bioLength: 2, hasAvatar: true }],
  ];
  it.each(shapes)("reads %s", async (_, name, text, format, layout, values) => {
    for (const chunk of [undefined, 7]) {
      const parsed = await parse(name, text, undefined, chunk);
      expect(parsed.format).toBe(format);
      expect(parsed.layout).toBe(layout);
      expect(parsed.profiles).toEqual([{ key: "anna.k", handle: "anna.k", row: format === "json" ? 1 : format === "csv" ? 2 : 1, values }]);
    }
  });

  it("tells JSON lines from JSON by content", () => {
    const bytes = (t: string) => new TextEncoder().encode(t);
    expect(detectProfileFormat("export.json", bytes('{"handle":"a"}\n{"handle":"b"}\n'))).toBe("ndjson");
    expect(detectProfileFormat("export.json", bytes('{\n  "node": {}\n}'))).toBe("json");
    expect(detectProfileFormat("export.txt", bytes("[{}]"))).toBe("json");
    expect(detectProfileFormat("export.txt", bytes("handle,followers\n"))).toBe("csv");
  });
});

describe("parseProfiles: problems", () => {
  const csv = [
    "handle,followers,following,score,private",
    "anna.k,120,30,9,no", // 2: fine
    "bob,-5,10,1,no", // 3: negative
    "cleo,many,10,1,no", // 4: wrong type
    "dan,2000000000,10,1,no", // 5: over the cap
    "e f,1,1,1,no", // 6: bad handle
    ",1,1,1,no", // 7: no handle
    "Anna.K,150,31,1,yes", // 8: anna.k again: this one wins
    "gus,1,1,1,perhaps", // 9: wrong type
    "stranger,1,1,1,no", // 10: not connected
  ].join("\n");

  it("lists each problem with its column and rows, and applies no value of a row that has one", async () => {
    const parsed = await parse("p.csv", csv);
    const { write, report } = matchProfiles(parsed, everyone("anna.k", "bob", "cleo", "dan", "gus"), "me");
    expect(write).toEqual([{ key: "anna.k", handle: "Anna.K", row: 8, values: { followerCount: 150, followingCount: 31, isPrivate: true } }]);
    expect(report.columns.find((c) => c.name === "score")).toEqual({ name: "score", target: null, chosen: false, note: "ignored: unknown column" });
    expect(report).toMatchObject({ rows: 9, withProblems: 6, usable: 3, duplicates: 1, matched: 1, notMatched: 1, matchedFollowers: 1, matchedFollowing: 0 });
    expect(report.problems.map((p) => [p.kind, p.column, p.rows, p.count, p.example])).toEqual([
      ["negative-count", "followers", [3], 1, "-5 is negative"],
      ["wrong-type", "followers", [4], 1, '"many" is not a whole number'],
      ["over-cap", "followers", [5], 1, "2,000,000,000 is over 1,000,000,000"],
      ["bad-handle", "handle", [6], 1, 'The handle "e f" has a space, which handles cannot contain'],
      ["no-handle", "handle", [7], 1, "no handle"],
      ["duplicate", "handle", [2], 1, '"Anna.K": line 8 is used'],
      ["wrong-type", "private", [9], 1, '"perhaps" is not true/false (or yes/no, 1/0)'],
      ["not-connected", "handle", [10], 1, '"stranger"'],
    ]);
  });

  it("lets the creator ignore the column with the problem, and the rows come back", async () => {
    const parsed = await parse("p.csv", csv, { followers: "ignore", private: "ignore" });
    const { report } = matchProfiles(parsed, everyone("anna.k", "bob", "cleo", "dan", "gus"), "me");
    expect(report).toMatchObject({ withProblems: 2, matched: 5, notMatched: 1 });
  });

  it("lists the first ten rows of a problem and counts all of them", async () => {
    const lines = ["handle,followers", ...Array.from({ length: 25 }, (_, i) => `u${i},-1`)];
    const [group] = (await parse("p.csv", lines.join("\n"))).tally.list();
    expect(group).toMatchObject({ kind: "negative-count", rows: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], count: 25 });
  });

  it("keeps the account's own handle, and counts followers and following apart", async () => {
    const parsed = await parse("p.csv", "handle,followers\nme,1\na,2\nb,3\n");
    const { report } = matchProfiles(parsed, new Map([["a", { follower: true, following: true }], ["b", { follower: false, following: true }]]), "me");
    expect(report).toMatchObject({ matched: 3, matchedFollowers: 1, matchedFollowing: 2, fieldsFilled: { followerCount: 3, videoCount: 0 } });
  });

  it("reads no values without a handle column, and says so", async () => {
    const parsed = await parse("p.csv", "name,followers\nanna,1\n");
    expect(parsed.profiles).toEqual([]);
    expect(parsed.mapping.blocking).toHaveLength(1);
    expect(matchProfiles(parsed, new Map(), "me").report).toMatchObject({ rows: 1, usable: 0, matched: 0 });
  });

  it("counts JSON entries that are no profile, and lines that are no JSON", async () => {
    const list = await parse("p.json", JSON.stringify([{ handle: "a" }, "b", [1]]));
    expect(list.tally.list()).toEqual([{ kind: "bad-row", column: null, reason: "not a profile entry", example: 'an entry should be an object, found the text "b"', rows: [2, 3], count: 2 }]);
    const lines = await parse("p.ndjson", '{"handle":"a"}\n{"handle":\n\n{"handle":"c"}\n');
    expect(lines.tally.list()).toEqual([{ kind: "bad-row", column: null, reason: "not a profile entry", example: "not valid JSON", rows: [2], count: 1 }]);
    expect(lines.profiles.map((p) => p.row)).toEqual([1, 4]);
  });
});

describe("parseProfiles: files we refuse", () => {
  it.each([
    ["an empty file", "p.csv", "", /The file is empty/],
    ["a CSV with a broken quote", "p.csv", 'handle,followers\n"anna,1\n', /Not valid CSV/],
    ["truncated JSON", "p.json", '[{"handle": "a"}, {"handle"', /truncated/],
    ["a JSON number", "p.json", "42", /should hold a list of objects or an object/],
    ["bytes that are not text", "p.csv", "handle\n\u0000\u0000", /not a text file/],
    ["too many keys", "p.json", JSON.stringify([Object.fromEntries(Array.from({ length: 301 }, (_, i) => [`k${i}`, i]))]), /More than 300 different keys/],
  ])("refuses %s", async (_, name, text, message) => {
    expect((await importError(parse(name, text))).message).toMatch(message);
  });
});
