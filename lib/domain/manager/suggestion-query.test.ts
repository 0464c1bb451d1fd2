import { describe, expect, it } from "vitest";
import { intentKey } from "./intent-key";
import { intentSelectionSchema, managerListSchema, MAX_HANDLES_PER_ACTION } from "./selection-schemas";
import { parsePageParam, parseSuggestionQuery } from "./suggestion-query";

describe("parseSuggestionQuery", () => {
  it.each<[string, Record<string, string | string[] | undefined>, object]>([
    ["defaults", {}, { reason: "all", sort: "since", search: "", page: 1 }],
    ["a reason and a sort", { reason: "bot-like", sort: "-handle" }, { reason: "bot-like", sort: "-handle" }],
    ["unknown reason falls back", { reason: "boring" }, { reason: "all" }],
    ["unknown sort falls back", { sort: "score" }, { sort: "since" }],
    ["search is normalized like handle keys", { q: "@Some.One" }, { search: "some.one" }],
    ["page from the first value", { page: ["3", "9"] }, { page: 3 }],
    ["negative page", { page: "-2" }, { page: 1 }],
    ["not a number", { page: "x" }, { page: 1 }],
  ])("%s", (_name, params, expected) => {
    expect(parseSuggestionQuery(params)).toMatchObject(expected);
  });

  it.each([[undefined, 1], ["7", 7], ["0", 1], ["1.5", 1], ["100001", 1]])("page %s → %s", (value, expected) => {
    expect(parsePageParam(value)).toBe(expected);
  });
});

describe("selection schemas", () => {
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `user${i}`);
  it.each<[string, unknown, string | null]>([
    ["keep with one handle", { list: "keep", handleKeys: ["a"] }, null],
    ["unfollow with 500", { list: "unfollow", handleKeys: keys(MAX_HANDLES_PER_ACTION) }, null],
    ["nothing selected", { list: "keep", handleKeys: [] }, "Select at least one account."],
    ["too many", { list: "keep", handleKeys: keys(501) }, "Select at most 500 accounts at a time."],
    ["the remove list is not the manager's", { list: "remove", handleKeys: ["a"] }, "Choose the keep list or the unfollow list."],
    ["no list", { list: null, handleKeys: ["a"] }, "Choose the keep list or the unfollow list."],
    ["an empty handle", { list: "keep", handleKeys: [" "] }, "An account in the selection has no handle."],
  ])("%s", (_name, input, message) => {
    const parsed = managerListSchema.safeParse(input);
    expect(parsed.success ? null : parsed.error.issues[0]?.message).toBe(message);
  });

  it("drops repeated handles", () => {
    expect(intentSelectionSchema.parse({ handleKeys: ["a", "b", "a"] }).handleKeys).toEqual(["a", "b"]);
  });

  it("builds the intent key from action, handle and time", () => {
    expect(intentKey("unfollow", "some.one", 1_700_000_000_000)).toBe("followlens:unfollow:some.one:1700000000000");
  });
});
