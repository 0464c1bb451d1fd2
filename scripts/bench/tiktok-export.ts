// A generated TikTok "Download your data" export, streamed into a zip so a million-follower file (about 120 MB of
// JSON) never sits in memory, for the parse benchmark and for integration and browser tests. Pretty-printed with
// two-space indents like the real file, with a ProfileMap and a few MB of the sections a parser must skip.
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import { makeRng, type Rng } from "@/lib/domain/demo/random";

export type TikTokLayout = "2020" | "2024" | "2025";
export type TikTokExportOptions = {
  followers: number;
  following: number;
  seed?: number;
  layout?: TikTokLayout;
  /** the JSON's name inside the zip */
  fileName?: string;
  /** the zip entry's modification time (the export's own time) */
  mtime?: Date;
  /** profile handle */
  handle?: string;
};

const WORDS = ["sun", "mia", "leo", "dance", "vibes", "luna", "max", "the", "real", "its", "nova", "kai", "zoe", "ray", "pixel", "cozy", "ava", "milo", "jade", "rio"];
const FLUSH_AT = 64 * 1024;

/** Writes the zip at `path`; resolves with the sizes once the file is complete. */
export async function writeTikTokExportZip(path: string, options: TikTokExportOptions): Promise<{ jsonBytes: number; zipBytes: number }> {
  const zip = new yazl.ZipFile();
  let jsonBytes = 0;
  const counted = Readable.from(
    (function* () {
      for (const chunk of tiktokExportChunks(options)) {
        jsonBytes += chunk.length;
        yield chunk;
      }
    })(),
  );
  zip.addReadStream(counted, options.fileName ?? "user_data_tiktok.json", { mtime: options.mtime ?? new Date("2026-01-15T09:30:00Z") });
  zip.end();
  let zipBytes = 0;
  const out = createWriteStream(path);
  out.on("finish", () => (zipBytes = out.bytesWritten));
  await pipeline(zip.outputStream, out);
  return { jsonBytes, zipBytes: zipBytes || out.bytesWritten };
}

/** The export JSON as Buffers of about 64 KB, generated as they are read. */
export function* tiktokExportChunks(options: TikTokExportOptions): Generator<Buffer> {
  const rng = makeRng(options.seed ?? 1);
  const layout = options.layout ?? "2025";
  let buf = "";
  function* put(text: string): Generator<Buffer> {
    buf += text;
    if (buf.length >= FLUSH_AT) {
      yield Buffer.from(buf);
      buf = "";
    }
  }
  const profile = profileMap(options, rng);
  const lists = (followerKey: string, followingKey: string, ind: string) =>
    function* () {
      yield* put(`${ind}"${followerKey}": {\n${ind}  "FansList": [\n`);
      yield* entries(options.followers, "fan", rng, `${ind}    `, put);
      yield* put(`${ind}  ]\n${ind}},\n${ind}"${followingKey}": {\n${ind}  "Following": [\n`);
      yield* entries(options.following, "star", rng, `${ind}    `, put);
      yield* put(`${ind}  ]\n${ind}},\n`);
    };
  yield* put("{\n");
  yield* filler("Comment", "Comments", "CommentsList", 12_000, rng, put, (i) => ({ date: date(rng), comment: comment(rng, i) }));
  yield* filler("Direct Message", "Direct Messages", "ChatHistory", 12_000, rng, put, () => ({ Date: date(rng), From: word(rng), Content: comment(rng, 0) }));
  if (layout === "2025") {
    yield* put(`  "Profile And Settings": {\n    "Profile Info": {\n      "ProfileMap": ${indent(profile, "      ")}\n    },\n`);
    yield* lists("Follower", "Following", "    ")();
    yield* put(`    "Block List": {\n      "BlockList": [\n        {\n          "Date": "2024-03-01 10:00:00",\n          "UserName": "blocked.one"\n        }\n      ]\n    }\n  },\n`);
  } else {
    yield* put(`  "Profile": {\n    "Profile Information": {\n      "ProfileMap": ${indent(profile, "      ")}\n    }\n  },\n`);
    const section = layout === "2020" ? "Activity" : "Your Activity";
    yield* put(`  "${section}": {\n`);
    yield* lists(layout === "2020" ? "Follower List" : "Follower", layout === "2020" ? "Following List" : "Following", "    ")();
    yield* put(`    "Like List": {\n      "ItemFavoriteList": null\n    }\n  },\n`);
  }
  yield* filler("Video", "Videos", "VideoList", 8_000, rng, put, (i) => ({ Date: date(rng), Link: `https://www.tiktokv.com/share/video/${7_000_000_000 + i}/`, Likes: String(rng.int(0, 90_000)), Sound: "original sound" }), true);
  yield* put("}\n");
  if (buf) yield Buffer.from(buf);
}

function* entries(count: number, prefix: string, rng: Rng, ind: string, put: (t: string) => Generator<Buffer>): Generator<Buffer> {
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  for (let i = 0; i < count; i++) {
    const when = stamp(start + Math.floor((span * i) / Math.max(count, 1)) + rng.int(0, 3_600_000));
    const name = `${word(rng)}${rng.chance(0.5) ? "_" : rng.chance(0.5) ? "." : ""}${prefix}${i.toString(36)}`;
    const comma = i + 1 < count ? "," : "";
    yield* put(`${ind}{\n${ind}  "Date": "${when}",\n${ind}  "UserName": "${name}"\n${ind}}${comma}\n`);
  }
}

function* filler(
  top: string, mid: string, list: string, count: number, rng: Rng,
  put: (t: string) => Generator<Buffer>, make: (i: number) => Record<string, string>, last = false,
): Generator<Buffer> {
  yield* put(`  "${top}": {\n    "${mid}": {\n      "${list}": [\n`);
  for (let i = 0; i < count; i++) yield* put(`        ${JSON.stringify(make(i))}${i + 1 < count ? "," : ""}\n`);
  yield* put(`      ]\n    }\n  }${last ? "" : ","}\n`);
}

function profileMap(options: TikTokExportOptions, rng: Rng): Record<string, unknown> {
  return {
    PlatformInfo: [{ Platform: "tiktok", UserName: options.handle ?? "bench.creator" }],
    bioDescription: "Dancing \"every\" day \u2728 caf\u00e9 \ud83c\udf1e",
    birthDate: "01-Jan-2000",
    followerCount: options.followers,
    followingCount: options.following,
    likesReceived: String(rng.int(1_000, 9_000_000)),
    userName: options.handle ?? "bench.creator",
  };
}

const word = (rng: Rng) => rng.pick(WORDS) + (rng.chance(0.3) ? rng.pick(WORDS) : "");
const comment = (rng: Rng, i: number) => `${rng.pick(WORDS)} "${i}" \u00e9t\u00e9 \ud83d\udd25 ${"love this ".repeat(rng.int(1, 6))}\\o/`;
const date = (rng: Rng) => stamp(Date.UTC(2023, 0, 1) + rng.int(0, 90_000_000_000));
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");
const indent = (value: unknown, ind: string) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${ind}`);
