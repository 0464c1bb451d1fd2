import { describe, expect, it } from "vitest";
import { NOW } from "@/lib/domain/imports/test-chunks";
import { readCell, type CellResult } from "./read-cell";
import type { ProfileTarget } from "./profile-targets";

const value = (v: unknown): CellResult => ({ value: v as never });
const problem = (kind: string, detail: RegExp | string) => ({ kind, detail });

describe("readCell", () => {
  const ok: [ProfileTarget, unknown, unknown][] = [
    ["handle", "Anna.K", { key: "anna.k", display: "Anna.K" }],
    ["handle", "@bob_22", { key: "bob_22", display: "bob_22" }],
    ["followerCount", "1200", 1200],
    ["followerCount", 1200, 1200],
    ["followerCount", " 7 ", 7],
    ["followerCount", "12.0", 12],
    ["followerCount", "", null],
    ["followerCount", null, null],
    ["followerCount", undefined, null],
    ["followingCount", 0, 0],
    ["videoCount", "3", 3],
    ["bioLength", "42", 42],
    ["isPrivate", true, true],
    ["isPrivate", "FALSE", false],
    ["isPrivate", "yes", true],
    ["isPrivate", "0", false],
    ["isPrivate", 1, true],
    ["hasAvatar", "https://p16-sign-va.tiktokcdn.com/a.jpeg", true],
    ["hasAvatar", "//cdn.example/a.jpg", true],
    ["hasAvatar", false, false],
    ["hasAvatar", "no", false],
    ["hasAvatar", "", null],
    ["bio", "Hi I’m Mayra!❤️", 15],
    ["bio", "", null],
    ["accountCreatedAt", "2024-01-02T10:00:00Z", Date.UTC(2024, 0, 2, 10)],
    ["accountCreatedAt", "2024-01-02 10:00:00", Date.UTC(2024, 0, 2, 10)],
    ["accountCreatedAt", 1704189600, Date.UTC(2024, 0, 2, 10)],
    ["accountCreatedAt", "1704189600000", Date.UTC(2024, 0, 2, 10)],
    ["lastPostAt", "2019-04-13T05:55:41.000Z", Date.UTC(2019, 3, 13, 5, 55, 41)],
    ["lastPostAt", 0, null],
  ];
  it.each(ok)("%s reads %j", (target, raw, expected) => {
    expect(readCell(target, raw, NOW)).toEqual(value(expected));
  });

  const bad: [ProfileTarget, unknown, ReturnType<typeof problem>][] = [
    ["handle", "", problem("no-handle", "no handle")],
    ["handle", undefined, problem("no-handle", "no handle")],
    ["handle", 12345, problem("wrong-type", '"12345" is not a handle')],
    ["handle", "anna k", problem("bad-handle", 'The handle "anna k" has a space, which handles cannot contain')],
    ["followerCount", "-3", problem("negative-count", "-3 is negative")],
    ["followerCount", -3, problem("negative-count", "-3 is negative")],
    ["followerCount", "12.5", problem("wrong-type", '"12.5" is not a whole number')],
    ["followerCount", "61.1M", problem("wrong-type", '"61.1M" is not a whole number')],
    ["followerCount", true, problem("wrong-type", '"true" is not a whole number')],
    ["followerCount", 5_000_000_000, problem("over-cap", "5,000,000,000 is over 1,000,000,000")],
    ["followingCount", "2000000", problem("over-cap", "2,000,000 is over 1,000,000")],
    ["videoCount", "many", problem("wrong-type", '"many" is not a whole number')],
    ["bioLength", 20_000, problem("over-cap", "20,000 is over 10,000")],
    ["isPrivate", "maybe", problem("wrong-type", '"maybe" is not true/false (or yes/no, 1/0)')],
    ["hasAvatar", "default.png", problem("wrong-type", '"default.png" is not an image address or true/false')],
    ["bio", 42, problem("wrong-type", '"42" is not text')],
    ["accountCreatedAt", "last year", problem("wrong-type", '"last year" is not a date we can read')],
    ["accountCreatedAt", "1999-05-01", problem("wrong-type", '"1999-05-01" is before 2000')],
    ["lastPostAt", "2030-01-01T00:00:00Z", problem("future-date", '"2030-01-01T00:00:00Z" is in the future')],
  ];
  it.each(bad)("%s refuses %j", (target, raw, expected) => {
    expect(readCell(target, raw, NOW)).toEqual({ problem: expected });
  });
});
