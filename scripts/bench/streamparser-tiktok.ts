// The TikTok JSON parsed with @streamparser/json instead of our scanner, for the parse benchmark's comparison:
// same zip reading, same per-entry work (dates, handle rules, duplicate merging), only the JSON parser differs.
import { JSONParser } from "@streamparser/json";
import { readPastDate } from "@/lib/domain/imports/dates";
import { keyName } from "@/lib/domain/imports/export-result";
import { isTikTokJsonName } from "@/lib/domain/imports/file-names";
import { ListBuilder } from "@/lib/domain/imports/list-builder";
import { defaultImportLimits, type ParsedList } from "@/lib/domain/imports/types";
import { ZipArchive } from "@/lib/server/imports/zip-reader";

const SECTIONS = new Set(["activity", "youractivity", "profileandsettings"]);
const FOLLOWER_SECTIONS = new Set(["follower", "followerlist"]);
const FOLLOWING_SECTIONS = new Set(["following", "followinglist"]);

export async function parseWithStreamparser(zipPath: string, now: Date): Promise<{ followers: ParsedList; following: ParsedList }> {
  const zip = await ZipArchive.open(zipPath, defaultImportLimits);
  try {
    const entry = zip.entries.find((e) => isTikTokJsonName(e.name));
    if (!entry) throw new Error("no TikTok JSON in the zip");
    const followers = new ListBuilder("followers");
    const following = new ListBuilder("following");
    // Every value four levels down is emitted (and, with keepStack off, dropped from its parent); the stack says
    // which section, list and key it came from.
    const parser = new JSONParser({ paths: ["$.*.*.*.*"], keepStack: false });
    parser.onValue = ({ value, stack }) => {
      if (!SECTIONS.has(keyName(stack[1]?.key ?? ""))) return;
      const role = keyName(stack[2]?.key ?? "");
      const list = keyName(stack[3]?.key ?? "");
      const builder = FOLLOWER_SECTIONS.has(role) && list === "fanslist" ? followers : FOLLOWING_SECTIONS.has(role) && list === "following" ? following : null;
      if (!builder || typeof value !== "object" || value === null || Array.isArray(value)) return;
      builder.add(value.UserName, readPastDate(value.Date, now));
    };
    for await (const chunk of zip.read(entry)) parser.write(chunk);
    if (!parser.isEnded) parser.end();
    return { followers: followers.finish(), following: following.finish() };
  } finally {
    zip.close();
  }
}
