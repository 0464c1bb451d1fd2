// The exports the fuzz run mutates: one or more of every shape an upload can take (TikTok JSON of each layout, the
// bench generator's full export, TikTok TXT, Instagram JSON, CSV, Followlens JSON and NDJSON), as loose files and
// as zips. Built from the test fixtures and small generators, the same for every run.
import { readFileSync } from "node:fs";
import path from "node:path";
import { tiktokExportChunks, type TikTokLayout } from "@/scripts/bench/tiktok-export";
import { makeRng, type Rng } from "@/lib/domain/demo/random";

/** One file of an export: its name (as uploaded, or inside the zip) and bytes. */
export type SeedFile = { name: string; bytes: Uint8Array };
/** A loose upload (one file) or a zip of several; `large` ones (a few MB) are picked less often. */
export type Seed = { label: string; files: SeedFile[]; zip: boolean; large?: boolean };

const FIXTURES = path.join(import.meta.dirname, "../../test/fixtures/exports");
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const text = (s: string) => new TextEncoder().encode(s);

const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");
const names = (rng: Rng, n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${rng.pick(["mia", "leo", "kai", "zoë", "josé"])}${rng.pick(["_", ".", ""])}${prefix}${i}`);

/** A TikTok JSON of `layout` with both lists, a profile, and the handle and date spellings tools write. */
function tiktokJson(layout: TikTokLayout, rng: Rng, size: number): string {
  const entry = (handle: string) => {
    const when = Date.UTC(2021, 0, 1) + rng.int(0, 1_500) * 86_400_000;
    const date = rng.pick([stamp(when), new Date(when).toISOString(), Math.floor(when / 1000), null]);
    return { Date: date, [rng.pick(["UserName", "Username", "uniqueId"])]: handle };
  };
  const followers = names(rng, size, "fan").map(entry);
  const following = names(rng, Math.ceil(size / 3), "star").map(entry);
  const profile = { ProfileMap: { userName: "fuzz.creator", followerCount: size, followingCount: following.length } };
  const lists = (f: string, g: string) => ({ [f]: { FansList: followers }, [g]: { Following: following } });
  const doc =
    layout === "2025"
      ? { "Profile And Settings": { "Profile Info": profile, ...lists("Follower", "Following") } }
      : { Profile: { "Profile Information": profile }, [layout === "2020" ? "Activity" : "Your Activity"]: lists(layout === "2020" ? "Follower List" : "Follower", layout === "2020" ? "Following List" : "Following") };
  return JSON.stringify({ Video: { Videos: { VideoList: [{ Date: stamp(Date.UTC(2024, 1, 1)), Link: "x" }] } }, ...doc }, null, rng.pick([0, 1, 2]));
}

function tiktokTxt(handles: string[], eol: string): string {
  return handles.map((h, i) => `Date: ${stamp(Date.UTC(2022, 0, 1) + i * 3_600_000)} UTC${eol}Username: ${h}${eol}`).join(eol);
}

function csv(rng: Rng, size: number): string {
  const rows = names(rng, size, "c").map((h, i) => `${rng.chance(0.2) ? "@" : ""}${h},${i % 4 === 0 ? "" : stamp(Date.UTC(2023, 0, 1) + i * 86_400_000)},${rng.pick(["follower", "following", ""])}`);
  return ["handle,followed_at,direction", ...rows].join(rng.pick(["\n", "\r\n"])) + "\n";
}

function generatedExport(layout: TikTokLayout): Uint8Array {
  const chunks = [...tiktokExportChunks({ followers: 300, following: 80, seed: 5, layout })];
  return new Uint8Array(Buffer.concat(chunks));
}

/** Every seed, built once per run. */
export function buildSeeds(): Seed[] {
  const rng = makeRng(20_260_601);
  const loose = (label: string, name: string, bytes: Uint8Array): Seed => ({ label, files: [{ name, bytes }], zip: false });
  const ig = "connections/followers_and_following/";
  const txtFiles: SeedFile[] = [
    { name: "Profile and Settings/Follower.txt", bytes: fixture("Follower.txt") },
    { name: "Profile and Settings/Following.txt", bytes: fixture("Following.txt") },
    { name: "Profile and Settings/Following_2.txt", bytes: fixture("Following_2.txt") },
  ];
  const igFiles: SeedFile[] = [
    { name: `${ig}followers_1.json`, bytes: fixture("instagram/followers_1.json") },
    { name: `${ig}followers_2.json`, bytes: fixture("instagram/followers_2.json") },
    { name: `${ig}following.json`, bytes: fixture("instagram/following.json") },
    { name: `${ig}recently_unfollowed_profiles.json`, bytes: fixture("instagram/recently_unfollowed_profiles.json") },
    { name: "media/posts/1.jpg", bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) },
  ];
  const seeds: Seed[] = [
    loose("TikTok JSON 2020 (fixture)", "user_data.json", fixture("tiktok-2020.json")),
    loose("TikTok JSON 2024 (fixture)", "user_data_tiktok.json", fixture("tiktok-2024.json")),
    loose("TikTok JSON 2025 (fixture)", "user_data_tiktok.json", fixture("tiktok-2025.json")),
    ...(["2020", "2024", "2025"] as const).map((layout) => loose(`TikTok JSON ${layout} (generated)`, "user_data_tiktok.json", text(tiktokJson(layout, rng, 40)))),
    loose("TikTok TXT followers", "Follower.txt", fixture("Follower.txt")),
    loose("TikTok TXT Dutch", "Volgend.txt", fixture("Volgend.txt")),
    loose("TikTok TXT CRLF (generated)", "Following.txt", text(tiktokTxt(names(rng, 30, "t"), "\r\n"))),
    loose("Instagram followers", "followers_1.json", fixture("instagram/followers_1.json")),
    loose("Instagram following", "following.json", fixture("instagram/following.json")),
    loose("CSV (fixture)", "followers.csv", fixture("followers.csv")),
    loose("CSV (generated)", "list.csv", text(csv(rng, 40))),
    loose("Followlens JSON", "snapshot.json", fixture("followlens.json")),
    loose("Followlens NDJSON", "snapshot.ndjson", fixture("followlens.ndjson")),
    { label: "TikTok JSON zip", files: [{ name: "TikTok_Data/user_data_tiktok.json", bytes: text(tiktokJson("2025", rng, 60)) }, { name: "TikTok_Data/readme.txt", bytes: text("hello") }], zip: true },
    { label: "TikTok TXT zip", files: txtFiles, zip: true },
    { label: "Instagram zip", files: igFiles, zip: true },
    { label: "CSV zip", files: [{ name: "export/list.csv", bytes: text(csv(rng, 30)) }], zip: true },
  ];
  // The bench generator's export (skipped sections of a few MB around the lists): fewer of these, they are larger.
  const generated: Seed[] = (["2020", "2025"] as const).map((layout) => ({
    label: `TikTok export ${layout} (bench generator)`,
    files: [{ name: "user_data_tiktok.json", bytes: generatedExport(layout) }],
    zip: true,
    large: true,
  }));
  return [...seeds, ...generated];
}
