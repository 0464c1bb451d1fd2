// InstaFake (fcakyon/instafake-dataset, fake-v1.0; see instafake/SOURCE.md): two JSON arrays, fake and real
// accounts, with counts, avatar, privacy, bio length and the handle's length and digit count (not the handle).
// A CHECK set: reported on, never fitted on.
import type { LabelledAccount } from "../labelled-row";

type Row = Record<string, unknown>;
const n = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const b = (v: unknown): boolean | null => (v === 1 || v === true ? true : v === 0 || v === false ? false : null);

export function parseInstaFake(json: string, from: string): LabelledAccount[] {
  const rows: unknown = JSON.parse(json);
  if (!Array.isArray(rows)) throw new Error(`${from}: expected a JSON array`);
  return rows.map((raw: Row, i) => {
    const length = n(raw["usernameLength"]), digits = n(raw["usernameDigitCount"]);
    const fake = b(raw["isFake"]);
    if (fake === null) throw new Error(`${from} row ${i + 1}: isFake missing`);
    return {
      bot: fake,
      note: `${from} row ${i + 1}`,
      input: {
        handle: "", // not in the set
        handleDigitShare: length !== null && digits !== null && length > 0 ? digits / length : null,
        hasAvatar: b(raw["userHasProfilPic"]),
        isPrivate: b(raw["userIsPrivate"]),
        bioLength: n(raw["userBiographyLength"]),
        videoCount: n(raw["userMediaCount"]),
        followerCount: n(raw["userFollowerCount"]),
        followingCount: n(raw["userFollowingCount"]),
      },
    };
  });
}
