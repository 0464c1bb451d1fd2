// SRF Data's 2017 hand-labelled followers of Swiss Instagram influencers (srfdata/2017-10-instagram-influencers,
// analysis/input/labelled_1000_inclprivate.csv; see srf/SOURCE.md): handle, posts, following, followers, avatar,
// privacy and `rating` (TRUE = fake). No bio. A CHECK set: reported on, never fitted on.
import type { LabelledAccount } from "../labelled-row";
import { bool, csvRecords, num } from "./csv";

const COLUMNS = ["rating", "Username", "Number.of.posts", "Number.of.people.they.follow", "Number.of.followers", "has_profile_picture", "Private.account"] as const;

export function parseSrf(text: string, from: string): LabelledAccount[] {
  return csvRecords(text, COLUMNS).map((r, i) => ({
    bot: bool(r["rating"] ?? "") === true,
    note: `${from} row ${i + 1}`,
    input: {
      handle: (r["Username"] ?? "").trim(),
      videoCount: num(r["Number.of.posts"] ?? ""),
      followingCount: num(r["Number.of.people.they.follow"] ?? ""),
      followerCount: num(r["Number.of.followers"] ?? ""),
      hasAvatar: bool(r["has_profile_picture"] ?? ""),
      isPrivate: bool(r["Private.account"] ?? ""),
    },
  }));
}
