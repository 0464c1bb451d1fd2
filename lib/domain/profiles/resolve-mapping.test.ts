import { describe, expect, it } from "vitest";
import { normalizeColumn } from "./column-names";
import { resolveMapping } from "./resolve-mapping";

describe("normalizeColumn", () => {
  it.each([
    ["follower_count", "followercount"],
    ["Follower Count", "followercount"],
    ["followerCount", "followercount"],
    ["authorMeta/fans", "authormeta.fans"],
    ["authorMeta.fans", "authormeta.fans"],
    ["\uFEFFhandle", "handle"],
    ["node.edge_followed_by.count", "node.edgefollowedby.count"],
  ])("%s → %s", (name, expected) => expect(normalizeColumn(name)).toBe(expected));
});

describe("resolveMapping by name", () => {
  const shapes: [string, string[], Record<string, string>][] = [
    [
      "a plain CSV",
      ["handle", "followers", "following", "videos", "avatar", "private", "bio", "created", "last_post"],
      { handle: "handle", followerCount: "followers", followingCount: "following", videoCount: "videos", hasAvatar: "avatar", isPrivate: "private", bio: "bio", accountCreatedAt: "created", lastPostAt: "last_post" },
    ],
    [
      "synonyms",
      ["username", "follower_count", "following_count", "media_count", "has_profile_pic", "is_private", "bio_length", "account_created_at", "last_post_at"],
      { handle: "username", followerCount: "follower_count", followingCount: "following_count", videoCount: "media_count", hasAvatar: "has_profile_pic", isPrivate: "is_private", bioLength: "bio_length", accountCreatedAt: "account_created_at", lastPostAt: "last_post_at" },
    ],
    [
      "the profiles API's own names",
      ["handle", "followerCount", "followingCount", "videoCount", "hasAvatar", "isPrivate", "bioLength", "accountCreatedAt", "lastPostAt"],
      { handle: "handle", followerCount: "followerCount", followingCount: "followingCount", videoCount: "videoCount", hasAvatar: "hasAvatar", isPrivate: "isPrivate", bioLength: "bioLength", accountCreatedAt: "accountCreatedAt", lastPostAt: "lastPostAt" },
    ],
    [
      "TikTok fans and create_time",
      ["uniqueId", "fans", "following", "video", "signature", "create_time"],
      { handle: "uniqueId", followerCount: "fans", followingCount: "following", videoCount: "video", bio: "signature", accountCreatedAt: "create_time" },
    ],
    [
      "Apify's Instagram Profile Scraper",
      ["username", "fullName", "biography", "followersCount", "followsCount", "postsCount", "private", "verified", "profilePicUrl", "profilePicUrlHD", "latestPosts.0.timestamp"],
      { handle: "username", bio: "biography", followerCount: "followersCount", followingCount: "followsCount", videoCount: "postsCount", isPrivate: "private", hasAvatar: "profilePicUrl", lastPostAt: "latestPosts.0.timestamp" },
    ],
    [
      "Apify's TikTok Scraper as CSV (slashes)",
      ["authorMeta/name", "authorMeta/fans", "authorMeta/following", "authorMeta/video", "authorMeta/avatar", "authorMeta/privateAccount", "authorMeta/signature", "createTime"],
      { handle: "authorMeta/name", followerCount: "authorMeta/fans", followingCount: "authorMeta/following", videoCount: "authorMeta/video", hasAvatar: "authorMeta/avatar", isPrivate: "authorMeta/privateAccount", bio: "authorMeta/signature" },
    ],
    [
      "tiktok-scraper's CSV (json2csv, dots)",
      ["id", "text", "createTime", "authorMeta.id", "authorMeta.name", "authorMeta.following", "authorMeta.fans", "authorMeta.video", "authorMeta.private", "authorMeta.signature", "authorMeta.avatar"],
      { handle: "authorMeta.name", followingCount: "authorMeta.following", followerCount: "authorMeta.fans", videoCount: "authorMeta.video", isPrivate: "authorMeta.private", bio: "authorMeta.signature", hasAvatar: "authorMeta.avatar" },
    ],
    [
      "Instaloader's profile JSON",
      ["node.username", "node.edge_followed_by.count", "node.edge_follow.count", "node.is_private", "node.profile_pic_url", "node.biography", "instaloader.version"],
      { handle: "node.username", followerCount: "node.edge_followed_by.count", followingCount: "node.edge_follow.count", isPrivate: "node.is_private", hasAvatar: "node.profile_pic_url", bio: "node.biography" },
    ],
  ];
  it.each(shapes)("maps %s", (_, names, expected) => {
    const { byTarget, blocking } = resolveMapping(names);
    expect(byTarget).toEqual(expected);
    expect(blocking).toEqual([]);
  });

  it("says why each other column is ignored", () => {
    const notes = Object.fromEntries(
      resolveMapping(["authorMeta.name", "authorMeta.avatar", "authorMeta.originalAvatarUrl", "createTime", "score", "bio", "bio_length", "instaloader.node_type"]).columns.map((c) => [c.name, c.note]),
    );
    expect(notes).toEqual({
      "authorMeta.name": null,
      "authorMeta.avatar": null,
      "authorMeta.originalAvatarUrl": 'ignored: avatar already comes from the column "authorMeta.avatar"',
      createTime: "ignored: the video's time in this scraper's output (one row per video), not the account's",
      score: "ignored: unknown column",
      bio: null,
      bio_length: 'ignored: bio length already comes from the column "bio"',
      "instaloader.node_type": "ignored: Instaloader's own metadata",
    });
  });

  it("blocks a file with no handle column", () => {
    expect(resolveMapping(["name", "followers"]).blocking).toEqual(["No column holds the handle: choose the column with the handles."]);
  });
});

describe("resolveMapping with the creator's choices", () => {
  it("reads a column as chosen, and the column that had that field is ignored", () => {
    const { byTarget, columns } = resolveMapping(["handle", "followers", "abonnés"], { "abonnés": "followerCount" });
    expect(byTarget.followerCount).toBe("abonnés");
    expect(columns.find((c) => c.name === "followers")?.note).toBe('ignored: followers already comes from the column "abonnés"');
    expect(columns.find((c) => c.name === "abonnés")?.chosen).toBe(true);
  });

  it("ignores a column on request, and gives a field chosen twice to the first column", () => {
    const { byTarget, columns } = resolveMapping(["user", "followers", "a", "b"], { followers: "ignore", a: "videoCount", b: "videoCount" });
    expect(byTarget).toEqual({ handle: "user", videoCount: "a" });
    expect(columns.map((c) => c.note)).toEqual([null, "ignored: your choice", null, 'ignored: posts / videos already comes from the column "a"']);
  });

  it("takes the handle from any column the creator names", () => {
    expect(resolveMapping(["name", "followers"], { name: "handle" }).blocking).toEqual([]);
  });
});
