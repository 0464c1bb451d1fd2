// The "Instagram fake/spammer/genuine accounts" table (Kaggle, copied to GitHub; see kaggle/SOURCE.md): one row
// per account, 11 numeric profile columns and `fake` (1 = fake/spammer). The handle itself is not given, only
// its digit share. This is the FIT set.
import type { LabelledAccount } from "../labelled-row";
import { bool, csvRecords, num } from "./csv";

const COLUMNS = ["profile pic", "nums/length username", "description length", "private", "#posts", "#followers", "#follows", "fake"] as const;

export function parseKaggle(text: string, from: string): LabelledAccount[] {
  return csvRecords(text, COLUMNS).map((r, i) => ({
    bot: bool(r["fake"] ?? "") === true,
    note: `${from} row ${i + 1}`,
    input: {
      handle: "", // not in the table
      handleDigitShare: num(r["nums/length username"] ?? ""),
      hasAvatar: bool(r["profile pic"] ?? ""),
      bioLength: num(r["description length"] ?? ""),
      isPrivate: bool(r["private"] ?? ""),
      videoCount: num(r["#posts"] ?? ""), // Instagram posts stand in for videos
      followerCount: num(r["#followers"] ?? ""),
      followingCount: num(r["#follows"] ?? ""),
    },
  }));
}
