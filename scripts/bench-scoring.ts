// `npm run bench:scoring [-- --size N] [-- --db embedded|postgres] [-- --runs R]`: a rescoring of every account of
// a creator with N followers (handles and follow dates only, as a TikTok export gives them) and N/5 following,
// through the database, with its phases; against a floor measured in the same run: the same number of rows copied
// from relationships into a table with no index (the least a set of per-account writes can cost on this server).
import { parseArgs } from "node:util";
import { prepareSnapshot } from "../lib/domain/prepare-snapshot";
import { useDatabase } from "../lib/server/db";
import { openDatabase } from "../lib/server/db/open-database";
import { scoreTrackedAccount } from "../lib/server/bots/score-tracked-account";
import { applySnapshot } from "../lib/server/snapshots/apply-snapshot";
import type { PrismaClient } from "../lib/server/generated/prisma/client";
import { benchDatabase, stopBenchDatabases } from "./bench/bench-database";
import { printFigures, timed, type Figure } from "./bench/measure";
import { syntheticLists } from "./bench/synthetic-lists";

const { values } = parseArgs({ options: { size: { type: "string", default: "1000000" }, db: { type: "string", default: "postgres" }, runs: { type: "string", default: "2" } } });
const followers = Number(values.size);
const figures: Figure[] = [];
const db = values.db;

const { config, cleanup } = await benchDatabase(db, "followlens_bench_scoring");
const database = await openDatabase({ config, migrate: true });
useDatabase(database.prisma, config.url);
try {
  const p = database.prisma;
  const owner = await p.user.create({ data: { email: "bench@bench.local", passwordHash: "x" } });
  const tracked = await p.trackedAccount.create({ data: { ownerId: owner.id, handle: "bench.creator", handleKey: "bench.creator" } });
  const takenAt = new Date("2026-06-01T12:00:00Z");
  await applySnapshot(p, tracked.id, prepareSnapshot({ takenAt, source: "bench", ...syntheticLists(followers, Math.round(followers / 5), takenAt) }));
  const accounts = await p.relationship.count({ where: { trackedAccountId: tracked.id } });
  console.log(`Rescoring ${accounts.toLocaleString("en-US")} accounts (no profiles) on ${db}`);
  for (let run = 1; run <= Number(values.runs); run++) {
    const floor = await measureFloor(p, tracked.id);
    const phases: [string, number][] = [];
    let at = performance.now();
    const scoring = await timed(() => scoreTrackedAccount(p, tracked.id, (phase) => {
      if (phases.at(-1)?.[0] === phase) return;
      const now = performance.now();
      if (phases.length) phases.at(-1)![1] = (now - at) / 1000;
      phases.push([phase, 0]);
      at = now;
    }));
    phases.at(-1)![1] = (performance.now() - at) / 1000;
    console.log(`  run ${run}: ${phases.map(([name, s]) => `${name} ${s.toFixed(2)} s`).join(", ")}; floor ${floor.toFixed(2)} s`);
    figures.push({ figure: `rescoring, all accounts (run ${run})`, db, value: scoring.seconds, unit: "s", floor, ratio: scoring.seconds / floor });
    figures.push({ figure: `rescoring throughput (run ${run})`, db, value: scoring.result.scored / scoring.seconds, unit: "rows/s" });
  }
} finally {
  await database.close();
  await cleanup();
  await stopBenchDatabases();
}
printFigures(figures);
process.exit(0);

/** Copies the account's relationships into a table without an index, as text rows of a score's width. */
async function measureFloor(prisma: PrismaClient, trackedAccountId: number): Promise<number> {
  await prisma.$executeRaw`DROP TABLE IF EXISTS bench_scoring_floor`;
  await prisma.$executeRaw`CREATE TABLE bench_scoring_floor (tracked_account_id int, handle_key text, score smallint, label text, reasons jsonb)`;
  const t0 = performance.now();
  await prisma.$executeRaw`INSERT INTO bench_scoring_floor
    SELECT tracked_account_id, handle_key, 10, 'likely-real', '[]'::jsonb FROM relationships WHERE tracked_account_id = ${trackedAccountId}`;
  const seconds = (performance.now() - t0) / 1000;
  await prisma.$executeRaw`DROP TABLE bench_scoring_floor`;
  return seconds;
}
