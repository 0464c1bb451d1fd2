import type { ProfileTarget } from "./profile-targets";

// Which column holds which field, by its name. Names are compared normalized: case, spaces, "_" and "-" do not
// count, and "/" (Apify's CSV and Excel exports: authorMeta/fans) is the same as "." (nested JSON keys, flattened:
// authorMeta.fans). Per target, the first name found in a file wins; the others are reported as ignored.
//
// Where the scraper names come from (their documented output):
// - Followlens' own profiles API (lib/domain/api/profiles-request.ts): followerCount, followingCount, videoCount,
//   hasAvatar, isPrivate, bioLength, accountCreatedAt, lastPostAt.
// - Instagram Graph API user fields: followers_count, follows_count, media_count, profile_picture_url, biography.
// - Apify's Instagram Profile Scraper (dataset items, README example): username, followersCount, followsCount,
//   postsCount, private, profilePicUrl, profilePicUrlHD, biography, latestPosts[].timestamp (newest first).
// - Apify's TikTok Scraper (clockworks/tiktok-scraper, README example; one item per video): authorMeta.name, .fans,
//   .following, .video, .avatar, .originalAvatarUrl, .privateAccount, .signature.
// - tiktok-scraper (drawrowfly/tiktok-scraper, src/types/TikTok.ts PostCollector; its CSV is json2csv with
//   flatten: true, so the same names with dots): authorMeta.name, .fans, .following, .video, .private, .signature,
//   .avatar; its getUserProfileInfo (README): uniqueId, fans, following, video, isSecret, signature.
// - Instaloader's profile JSON (instaloader/structures.py, get_json_structure: {"node": …, "instaloader": …}):
//   node.username, node.edge_followed_by.count, node.edge_follow.count, node.is_private, node.profile_pic_url(_hd),
//   node.biography, and node.media_count when the profile came from the app API.

const SYNONYMS: Record<ProfileTarget, string[]> = {
  handle: ["handle", "username", "uniqueid", "authormeta.name", "node.username", "user", "account"],
  followerCount: [
    "followers", "followercount", "followerscount", "fans", "fancount", "authormeta.fans", "node.edgefollowedby.count",
  ],
  followingCount: ["following", "followingcount", "followscount", "authormeta.following", "node.edgefollow.count"],
  videoCount: [
    "videos", "videocount", "posts", "postscount", "postcount", "mediacount", "video", "authormeta.video", "node.mediacount",
  ],
  hasAvatar: [
    "avatar", "hasavatar", "avatarurl", "profilepic", "hasprofilepic", "profilepicurl", "profilepicurlhd", "profilepictureurl",
    "authormeta.avatar", "authormeta.originalavatarurl", "node.profilepicurl", "node.profilepicurlhd",
  ],
  isPrivate: ["private", "isprivate", "privateaccount", "issecret", "authormeta.privateaccount", "authormeta.private", "node.isprivate"],
  bio: ["bio", "biography", "signature", "authormeta.signature", "node.biography"],
  bioLength: ["biolength", "biolen"],
  accountCreatedAt: ["created", "createdat", "createtime", "accountcreatedat", "accountcreated", "joined", "joinedat"],
  lastPostAt: ["lastpost", "lastpostat", "lastposted", "lastpostdate", "latestposts.0.timestamp"],
};

const BY_NAME = new Map<string, { target: ProfileTarget; rank: number }>(
  Object.entries(SYNONYMS).flatMap(([target, names]) => names.map((name, rank) => [name, { target: target as ProfileTarget, rank }] as const)),
);

/** A column name as it is compared: authorMeta/fans, authorMeta.fans and AUTHOR_META.FANS are the same. */
export function normalizeColumn(name: string): string {
  return name.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/\//g, ".").replace(/[\s_-]+/g, "");
}

/** A column's target by its name alone (rank: lower wins when several columns fill one target), or null. */
export function targetByName(name: string): { target: ProfileTarget; rank: number } | null {
  return BY_NAME.get(normalizeColumn(name)) ?? null;
}

/**
 * Why a column a name would map is not used in this file, or null. In scraper output with one row per video
 * (authorMeta.* columns), createTime is the video's time, not the account's.
 */
export function contextNote(name: string, allNormalized: ReadonlySet<string>): string | null {
  const n = normalizeColumn(name);
  if (n === "createtime" && [...allNormalized].some((c) => c.startsWith("authormeta."))) {
    return "ignored: the video's time in this scraper's output (one row per video), not the account's";
  }
  return null;
}

/** Columns that are known to carry nothing for a profile, with the reason shown for them. */
export function knownIgnored(name: string): string | null {
  const n = normalizeColumn(name);
  if (n.startsWith("instaloader.")) return "ignored: Instaloader's own metadata";
  return null;
}
