import type { ListName } from "./problem";

// What a file is, from its name alone (the path inside a zip, or the uploaded name). Browsers add " (1)" to
// repeated downloads; exports number long lists (Following_2.txt, followers_3.json).

type Follow = "followers" | "following";

/** The part of a path after the last "/" (zip entries use "/"; Windows uploads may carry "\"). */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

const TIKTOK_JSON = /^user_data(?:_tiktok)?(?:\s*\(\d+\))?\.json$/i;

export function isTikTokJsonName(path: string): boolean {
  return TIKTOK_JSON.test(baseName(path));
}

const TXT_LISTS = new Map<string, Follow>([
  ...["follower", "followers", "follower list", "fans", "volger", "volgers", "abonnés", "abonnes", "seguidores"].map((n) => [n, "followers"] as const),
  ...["following", "following list", "volgend", "abonnements", "siguiendo", "seguindo", "seguiti", "folge ich"].map((n) => [n, "following"] as const),
]);

/** Follower.txt → followers part 1; Following_2.txt → following part 2; other names → null. */
export function tiktokTxtRole(path: string): { list: Follow; part: number } | null {
  const m = /^(.*?)(?:[_ ](\d+))?(?:\s*\((\d+)\))?\.txt$/i.exec(baseName(path).normalize("NFC"));
  if (!m) return null;
  const list = TXT_LISTS.get(m[1]!.trim().toLowerCase().replace(/\s+/g, " "));
  return list ? { list, part: Number(m[2] ?? 1) } : null;
}

/** followers_3.json → followers part 3; following.json; recently_unfollowed_profiles.json → unfollowed. */
export function instagramRole(path: string): { list: ListName; part: number } | null {
  const name = baseName(path).toLowerCase().replace(/\s*\(\d+\)(?=\.json$)/, "");
  const followers = /^followers(?:_(\d+))?\.json$/.exec(name);
  if (followers) return { list: "followers", part: Number(followers[1] ?? 1) };
  if (name === "following.json") return { list: "following", part: 1 };
  if (/^recently_unfollowed_(?:profiles|accounts)\.json$/.test(name)) return { list: "unfollowed", part: 1 };
  return null;
}

/** Instagram's HTML export has the same names with .html: worth telling apart from "unknown". */
export function isInstagramHtmlName(path: string): boolean {
  return /^(?:followers(?:_\d+)?|following)\.html$/i.test(baseName(path));
}

export const extensionOf = (path: string): string => /\.([a-z0-9]+)$/i.exec(baseName(path))?.[1]?.toLowerCase() ?? "";

/**
 * An uploaded file's name as we keep it: at most 255 characters, control characters replaced (a name comes from a
 * request header, and PostgreSQL refuses NUL in text), "upload" when nothing is left.
 */
export function cleanFileName(name: string): string {
  return name.replace(/[\u0000-\u001F\u007F]/g, "\uFFFD").slice(0, 255) || "upload";
}
