// One measured parse, run by scripts/bench-parse.ts in a fresh process so its memory figures are its own:
// `node --expose-gc --import tsx scripts/bench/parse-child.ts <zip> <ours|streamparser>`; prints one JSON line.
import { parseExportFile } from "@/lib/server/imports/parse-export-file";
import { parseWithStreamparser } from "./streamparser-tiktok";

const [zipPath, parser = "ours"] = process.argv.slice(2);
if (!zipPath) throw new Error("usage: parse-child.ts <zip> [ours|streamparser]");
const now = new Date();

// Baseline once everything is loaded and collected: what the process costs before it parses.
globalThis.gc?.();
const base = process.memoryUsage();
let peakRss = base.rss;
let peakHeap = base.heapUsed;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const timer = setInterval(sample, 50);

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const rows = parser === "streamparser" ? await viaStreamparser() : await viaOurs();
const seconds = (performance.now() - t0) / 1000;
// CPU time of the whole process (parser and zlib's thread): steadier than wall time on a busy machine.
const cpu = process.cpuUsage(cpu0);
sample();
clearInterval(timer);

console.log(JSON.stringify({
  parser, seconds, rows, cpuSeconds: (cpu.user + cpu.system) / 1e6,
  baseRss: base.rss, peakRss, baseHeap: base.heapUsed, peakHeap,
  maxRss: process.resourceUsage().maxRSS * 1024,
}));

async function viaOurs(): Promise<number> {
  const parsed = await parseExportFile(zipPath!, "export.zip", { now });
  return (parsed.followers?.handles.length ?? 0) + (parsed.following?.handles.length ?? 0);
}

async function viaStreamparser(): Promise<number> {
  const { followers, following } = await parseWithStreamparser(zipPath!, now);
  return followers.handles.length + following.handles.length;
}
