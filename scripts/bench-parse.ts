// `npx tsx scripts/bench-parse.ts [--followers 1000000] [--following N] [--parser ours|streamparser|both] [--runs 1]`
// Writes a generated TikTok export zip (2025 layout, about 120 MB of JSON for a million followers) to a temp dir,
// then parses it in a fresh child process per run and prints time (wall, and CPU of the whole child), rows/s, peak
// RSS and heap (sampled every 50 ms) above the child's own baseline, and the file sizes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeTikTokExportZip } from "./bench/tiktok-export";

const { values } = parseArgs({
  options: {
    followers: { type: "string", default: "1000000" },
    following: { type: "string" },
    parser: { type: "string", default: "ours" },
    runs: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
  },
});
const followers = Number(values.followers);
const following = values.following === undefined ? Math.round(followers / 5) : Number(values.following);
const parsers = values.parser === "both" ? ["ours", "streamparser"] : [values.parser ?? "ours"];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const dir = mkdtempSync(path.join(os.tmpdir(), "followlens-bench-parse-"));
const zip = path.join(dir, "tiktok-export.zip");
try {
  const t0 = performance.now();
  const sizes = await writeTikTokExportZip(zip, { followers, following, seed: 1 });
  console.log(`Export: ${followers.toLocaleString("en-US")} followers, ${following.toLocaleString("en-US")} following`);
  console.log(`  JSON ${mb(sizes.jsonBytes)}, zip ${mb(sizes.zipBytes)} (written in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  for (const parser of parsers) {
    for (let run = 1; run <= Number(values.runs); run++) {
      const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", path.join(import.meta.dirname, "bench/parse-child.ts"), zip, parser], {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      });
      if (child.status !== 0) throw new Error(`${parser} failed:\n${child.stderr}`);
      const r = JSON.parse(child.stdout.trim().split("\n").pop()!) as Record<string, number>;
      console.log(
        `${String(parser).padEnd(13)} run ${run}: ${r.seconds!.toFixed(2)} s (CPU ${r.cpuSeconds!.toFixed(2)} s), ${Math.round(r.rows! / r.seconds!).toLocaleString("en-US")} rows/s; ` +
          `peak RSS ${mb(r.peakRss!)} (+${mb(r.peakRss! - r.baseRss!)} over the ${mb(r.baseRss!)} baseline; kernel maxRSS ${mb(r.maxRss!)}), ` +
          `peak heapUsed +${mb(r.peakHeap! - r.baseHeap!)}`,
      );
    }
  }
} finally {
  if (values.keep) console.log(`kept ${zip}`);
  else rmSync(dir, { recursive: true, force: true });
}
