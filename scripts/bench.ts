// `npm run bench [-- --size N] [-- --db embedded|postgres]`: pipeline and page figures at scale, on both databases.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { prepareSnapshot } from "../lib/domain/prepare-snapshot";
import { parseRelationshipQuery } from "../lib/domain/relationship-query";
import { operatorScope } from "../lib/server/access/account-scope";
import { useDatabase } from "../lib/server/db";
import { openDatabase } from "../lib/server/db/open-database";
import { findRelationships } from "../lib/server/queries/find-relationships";
import { getOverview } from "../lib/server/queries/get-overview";
import { scoreTrackedAccount } from "../lib/server/bots/score-tracked-account";
import { applySnapshot } from "../lib/server/snapshots/apply-snapshot";
import { benchDatabase, stopBenchDatabases } from "./bench/bench-database";
import { benchDetection } from "./bench/detection";
import { measureFloor } from "./bench/floor";
import { runImportChild, runParseChild, startImportChild } from "./bench/run-children";
import { writeTikTokExportZip } from "./bench/tiktok-export";
import { p95, printFigures, timed, type Figure } from "./bench/measure";
import { churn, syntheticLists } from "./bench/synthetic-lists";

const { values } = parseArgs({ options: { size: { type: "string", default: "1000000" }, db: { type: "string" }, samples: { type: "string", default: "60" }, keep: { type: "boolean", default: false } } });
const followers = Number(values.size);
const following = Math.round(followers / 5);
const samples = Number(values.samples);
const figures: Figure[] = [];
const mb = () => process.memoryUsage().rss / 1_048_576;

console.log(`Benchmark: ${followers.toLocaleString("en-US")} followers, ${following.toLocaleString("en-US")} following, 1% churn`);
const t1 = new Date("2026-06-01T12:00:00Z");
const t2 = new Date("2026-06-02T12:00:00Z");
const first = syntheticLists(followers, following, t1);
const snap1 = prepareSnapshot({ takenAt: t1, source: "bench", ...first });
const snap2 = prepareSnapshot({ takenAt: t2, source: "bench", followers: churn(first.followers, 0.01, "newfan", t2), following: churn(first.following, 0.01, "newstar", t2) });

// The import benchmark's export: the same sizes as the synthetic lists, as TikTok's zip (2025 layout).
const exportDir = mkdtempSync(path.join(os.tmpdir(), "followlens-bench-export-"));
const exportZip = path.join(exportDir, "tiktok-export.zip");
const exportSizes = await writeTikTokExportZip(exportZip, { followers, following, seed: 1 });
console.log(`  export zip: ${(exportSizes.zipBytes / 1_048_576).toFixed(1)} MB (${(exportSizes.jsonBytes / 1_048_576).toFixed(1)} MB of JSON)`);
const parse = runParseChild(exportZip);
figures.push({ figure: "parse export zip (parse stage alone)", db: "-", value: parse.seconds, unit: "s" });
figures.push({ figure: "parse stage peak RSS above its baseline", db: "-", value: (parse.peakRss - parse.baseRss) / 1_048_576, unit: "MB" });
figures.push({ figure: "parse stage peak RSS (whole process)", db: "-", value: parse.peakRss / 1_048_576, unit: "MB" });

for (const db of values.db ? [values.db] : ["postgres", "embedded"]) {
  const { config, cleanup } = await benchDatabase(db);
  const database = await openDatabase({ config, migrate: true });
  useDatabase(database.prisma, config.url);
  try {
    const p = database.prisma;
    const owner = await p.user.create({ data: { email: "bench@bench.local", passwordHash: "x" } });
    const tracked = await p.trackedAccount.create({ data: { ownerId: owner.id, handle: "bench.creator", handleKey: "bench.creator" } });
    const floor1 = await measureFloor(p, snap1);
    const phases = phaseTimer();
    const apply1 = await timed(() => applySnapshot(p, tracked.id, snap1, { onProgress: phases.mark }));
    console.log(`  ${db}: first snapshot phases ${phases.summary()}`);
    figures.push({ figure: "apply first snapshot", db, value: apply1.seconds, unit: "s", floor: floor1, ratio: apply1.seconds / floor1 });
    // Each import into a database of its own, as a new install's first import.
    for (const mode of ["auto", "confirm"] as const) {
      const importDb = await benchDatabase(db, "followlens_bench_import");
      try {
        const imported = runImportChild(exportZip, importDb.config, mode);
        if (imported.status !== "applied") throw new Error(`bench import ended ${imported.status}: ${imported.error}`);
        console.log(`  ${db}: import (${mode}) store ${imported.store.toFixed(2)} s, preview ${imported.preview.toFixed(2)} s, apply ${imported.apply.toFixed(2)} s`);
        const what = mode === "auto" ? "straight on, as pushed" : "previewed, then confirmed";
        figures.push({ figure: `import export zip end to end (first, ${what})`, db, value: imported.total, unit: "s", floor: floor1, ratio: imported.total / floor1 });
        figures.push({ figure: `import process peak RSS (${mode})`, db, value: imported.peakRss, unit: "MB" });
      } finally {
        await importDb.cleanup();
      }
    }
    const floor2 = await measureFloor(p, snap2);
    const apply2 = await timed(() => applySnapshot(p, tracked.id, snap2));
    figures.push({ figure: "apply second snapshot (1% churn)", db, value: apply2.seconds, unit: "s", floor: floor2, ratio: apply2.seconds / floor2 });
    console.log(`  ${db}: second snapshot gained ${apply2.result.summary.gainedFollowers}, lost ${apply2.result.summary.lostFollowers} followers`);
    const rows = (snap1.followers!.length + snap1.following!.length) / apply1.seconds;
    figures.push({ figure: "first snapshot throughput", db, value: rows, unit: "rows/s" });

    const scope = await operatorScope("bench.creator");
    // One letter (a 26th of the list), two, and longer prefixes, as people type them.
    const prefixes = ["m", "ko", "zeli", "ra.", "star.1", "newfan_1", "b", "quha"];
    const samplePages = async (label: string, until?: Promise<unknown>) => {
      const pageTimes: number[] = [];
      const deepTimes: number[] = [];
      const overviewTimes: number[] = [];
      let done = false;
      void until?.finally(() => (done = true));
      for (let i = 0; until ? !done : i < samples; i++) {
        const q = parseRelationshipQuery({ kind: i % 2 ? "followers" : "mutuals", sort: i % 3 ? "handle" : "-date", q: prefixes[i % prefixes.length]! });
        pageTimes.push((await timed(() => findRelationships(scope, q))).seconds * 1000);
        const deep = parseRelationshipQuery({ kind: "followers", sort: "-date", page: String(1 + (i % 20)) });
        deepTimes.push((await timed(() => findRelationships(scope, deep))).seconds * 1000);
        overviewTimes.push((await timed(() => getOverview(scope))).seconds * 1000);
      }
      figures.push({ figure: `relationships page p95 (search, sorted)${label}`, db, value: p95(pageTimes), unit: "ms" });
      figures.push({ figure: `relationships page p95 (pages 1-20, by date)${label}`, db, value: p95(deepTimes), unit: "ms" });
      figures.push({ figure: `overview data p95${label}`, db, value: p95(overviewTimes), unit: "ms" });
    };
    await samplePages("");
    // The same pages while a million-follower import runs on the same server (in a database of its own).
    const busyDb = await benchDatabase(db, "followlens_bench_busy");
    try {
      const importing = startImportChild(exportZip, busyDb.config);
      await samplePages(", during an import", importing);
      const busy = await importing;
      if (busy.status !== "applied") throw new Error(`bench import ended ${busy.status}: ${busy.error}`);
    } finally {
      await busyDb.cleanup();
    }
    const scoring = await timed(() => scoreTrackedAccount(p, tracked.id));
    figures.push({ figure: "bot scoring throughput (through the database)", db, value: scoring.result.scored / scoring.seconds, unit: "rows/s" });
    figures.push({ figure: "bot scoring, all accounts", db, value: scoring.seconds, unit: "s" });
    await benchDetection(p, tracked.id, db, figures);
    figures.push({ figure: "bench process peak RSS", db, value: mb(), unit: "MB" });
  } finally {
    await database.close();
    if (!values.keep) await cleanup();
  }
}
printFigures(figures);
rmSync(exportDir, { recursive: true, force: true });
await stopBenchDatabases();
process.exit(0);

/** Seconds spent in each phase the pipeline reports. */
function phaseTimer() {
  const spans: [string, number][] = [];
  let current: [string, number] | null = null;
  return {
    mark: (phase: string) => {
      if (current?.[0] === phase) return;
      const now = performance.now();
      if (current) spans.push([current[0], (now - current[1]) / 1000]);
      current = [phase, now];
    },
    summary: () => spans.map(([name, s]) => `${name} ${s.toFixed(2)} s`).join(", "),
  };
}

