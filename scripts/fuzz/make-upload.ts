// File number `index` of a fuzz run: a seed export with its content mutated, zipped when the seed is a zip (and
// then perhaps the zip's structure damaged), under an upload name that is sometimes changed too. Depends only on
// (seed, index), so any one file can be made again.
import { makeRng, mixSeed, type Rng } from "@/lib/domain/demo/random";
import { mutateContent } from "./mutate-content";
import { buildZip, damageZip } from "./mutate-zip";
import type { Seed } from "./seeds";

export type Upload = { index: number; seed: string; name: string; bytes: Uint8Array; mutations: string[] };

const ODD_NAMES = ["upload", "export.json", "data.bin", "Follower.txt", "followers_1.json", "list.csv", "user_data_tiktok.json", "x.zip", "../../etc/passwd", "a\u0000b.json", `${"n".repeat(300)}.json`, "Following_2 (1).txt", "snapshot.ndjson"];

export function makeUpload(seeds: Seed[], runSeed: number, index: number): Upload {
  const rng = makeRng(mixSeed(runSeed, index));
  const large = seeds.filter((s) => s.large);
  const small = seeds.filter((s) => !s.large);
  const seed = rng.chance(0.04) && large.length ? rng.pick(large) : rng.pick(small);
  const mutations: string[] = [];
  let name: string;
  let bytes: Uint8Array;
  if (seed.zip) {
    const files = seed.files.map((f) => (rng.chance(0.6) ? { ...f, bytes: mutate(f.bytes, rng, mutations, f.name) } : f));
    bytes = buildZip(files, rng);
    if (rng.chance(0.45)) bytes = damageZip(bytes, rng, files, mutations);
    else if (rng.chance(0.2)) bytes = mutate(bytes, rng, mutations, "the zip");
    name = rng.pick(["export.zip", "TikTok_Data (1).zip", "instagram-me-2026.zip", "upload"]);
  } else {
    const file = seed.files[0]!;
    bytes = mutate(file.bytes, rng, mutations, file.name);
    name = file.name;
  }
  if (!mutations.length) bytes = mutate(bytes, rng, mutations, "the upload");
  if (rng.chance(0.08)) {
    name = rng.pick(ODD_NAMES);
    mutations.push(`named ${JSON.stringify(name.slice(0, 40))}`);
  }
  return { index, seed: seed.label, name, bytes, mutations };
}

function mutate(bytes: Uint8Array, rng: Rng, mutations: string[], where: string): Uint8Array {
  const done: string[] = [];
  const out = mutateContent(bytes, rng, done);
  mutations.push(`${where}: ${done.join(", ")}`);
  return out;
}
