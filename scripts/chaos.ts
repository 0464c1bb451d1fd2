// `npm run chaos [-- --seed N --exports N --followers N --kills N]`: kill -9 on the path a creator uses. Uploads the
// exports through the web app (the API, as a pusher or the dashboard's upload does) while the worker, the web
// process and the database server are killed at seeded random moments (upload, parse, apply) and started again;
// then checks that every import ended applied exactly once or failed with its file kept, and that the history
// equals a clean run of the same files through the same pipeline.
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { makeRng } from "../lib/domain/demo/random";
import { operatorScope } from "../lib/server/access/account-scope";
import { useDatabase } from "../lib/server/db";
import { readEmbeddedRuntime } from "../lib/server/db/config";
import { removeEmbeddedData, startEmbeddedPostgres, type EmbeddedServer } from "../lib/server/db/embedded-postgres";
import { openDatabase } from "../lib/server/db/open-database";
import { createImport } from "../lib/server/imports/create-import";
import { sweepStrayUploads } from "../lib/server/imports/sweep-stray-uploads";
import { runJobsUntilIdle } from "../lib/server/worker/run-jobs-until-idle";
import { recreateDatabase } from "../test/local-database";
import { waitUntil } from "./cluster/processes";
import { CHAOS_HANDLE, readOutcome, seedChaos, writeChaosExports, type ChaosExport } from "./chaos/chaos-data";
import { compareOutcomes } from "./chaos/compare";
import { Supervisor } from "./chaos/supervisor";

const { values } = parseArgs({
  options: {
    seed: { type: "string", default: "1" },
    exports: { type: "string", default: "20" },
    followers: { type: "string", default: "60000" },
    kills: { type: "string", default: "15" },
    port: { type: "string", default: "3450" },
  },
});
const seed = Number(values.seed);
const rng = makeRng(seed);
const port = Number(values.port);
const work = mkdtempSync(path.join(os.tmpdir(), "followlens-chaos-"));
const pgEnv = { ...process.env, FOLLOWLENS_PG_DIR: path.join(work, "postgres"), FOLLOWLENS_PG_PORT: String(port + 50) };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const supervisor = new Supervisor();
let server: EmbeddedServer | null = null;
let exitCode = 0;

try {
  console.log(`Chaos run, seed ${seed}: ${values.exports} exports of about ${Number(values.followers).toLocaleString("en-US")} followers, ${values.kills} kills`);
  server = await startEmbeddedPostgres(() => {}, pgEnv);
  const adminUrl = server.url.replace(/\/followlens$/, "/postgres");
  const exports = await writeChaosExports(work, Number(values.exports), Number(values.followers), seed);

  // The clean run: the same files through the same pipeline, one after the other, nothing killed.
  const cleanUrl = await recreateDatabase(adminUrl, "followlens_chaos_clean");
  const clean = await openDatabase({ config: { url: cleanUrl, embedded: true }, migrate: true });
  useDatabase(clean.prisma, cleanUrl);
  process.env.FOLLOWLENS_UPLOAD_DIR = path.join(work, "clean-uploads");
  await seedChaos(clean.prisma);
  const scope = await operatorScope(CHAOS_HANDLE);
  for (const e of exports) {
    await createImport(scope, { origin: "cli", fileName: path.basename(e.file), body: createReadStream(e.file), createdById: null, autoApply: true });
    await runJobsUntilIdle(clean.prisma);
  }
  const cleanOutcome = await readOutcome(clean.prisma);
  await clean.close();

  // The chaos run: a web process and a worker on a database of their own, kept running by a supervisor.
  const url = await recreateDatabase(adminUrl, "followlens_chaos");
  const db = await openDatabase({ config: { url, embedded: true }, migrate: true });
  useDatabase(db.prisma, url);
  const { token } = await seedChaos(db.prisma);
  const uploads = path.join(work, "uploads");
  const env = {
    DATABASE_URL: url,
    FOLLOWLENS_DATABASE_EMBEDDED: "1",
    NEXTAUTH_SECRET: "chaos-only-secret",
    NEXTAUTH_URL: `http://localhost:${port}`,
    FOLLOWLENS_UPLOAD_DIR: uploads,
    FOLLOWLENS_API_RATE_PER_MINUTE: "10000",
    FOLLOWLENS_JOB_LEASE_SECONDS: "10",
    FOLLOWLENS_JOB_SUPERVISE_SECONDS: "2",
    FOLLOWLENS_JOB_POLL_SECONDS: "0.5",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  supervisor.start("web", [process.execPath, "node_modules/next/dist/bin/next", "start", "-p", String(port)], env);
  supervisor.start("worker", [process.execPath, "--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], env);
  const webUp = () => waitUntil("the web process", async () => (await fetch(`http://localhost:${port}/signin`)).ok, 120_000);
  await webUp();

  const kills: string[] = [];
  let uploading = true;
  const stageNow = async (): Promise<string> => {
    const running = await db.prisma.job.findFirst({ where: { status: "running", kind: { in: ["preview-import", "apply-import"] } }, select: { kind: true } }).catch(() => null);
    return running ? (running.kind === "preview-import" ? "parse" : "apply") : uploading ? "upload" : "idle";
  };
  const chaos = (async () => {
    for (let k = 0; k < Number(values.kills); k++) {
      // A stage picked at random, then a random moment within it (or the next one there is, after 15 s).
      const wanted = (["upload", "parse", "apply"] as const)[rng.int(0, 2)]!;
      const target = (["worker", "web", "database"] as const)[rng.int(0, 2)]!;
      const delay = rng.range(0, 800);
      await waitUntil(wanted, async () => (await stageNow()) === wanted, 15_000, 50).catch(() => null);
      await sleep(delay);
      const stage = await stageNow();
      if (target === "database") {
        const running = readEmbeddedRuntime(pgEnv);
        if (running) process.kill(running.postmasterPid, "SIGKILL");
        await waitUntil("the old server to go", async () => !readEmbeddedRuntime(pgEnv), 20_000, 50);
        await sleep(300);
        server = await waitUntil("the database server", () => startEmbeddedPostgres(() => {}, pgEnv), 60_000, 500);
      } else {
        supervisor.kill(target);
      }
      kills.push(`${target} during ${stage}`);
      await sleep(rng.range(500, 2500));
    }
  })();

  // The pusher: each export until the web app accepts it (a connection the kill broke is simply sent again).
  for (const e of exports) await pushUntilAccepted(e, token);
  uploading = false;
  await chaos;
  await webUp();
  const settled = await waitUntil(
    "every import to end",
    async () => {
      const open = await db.prisma.import.count({ where: { status: { in: ["parsing", "applying"] } } });
      const jobs = await db.prisma.job.count({ where: { status: { in: ["queued", "running"] } } });
      return open === 0 && jobs === 0;
    },
    600_000,
    500,
  ).then(() => true, () => false);
  const outcome = await readOutcome(db.prisma);
  // What the maintenance sweep removes (age 0: nothing is being uploaded any more).
  const strays = await sweepStrayUploads(db.prisma, 0);
  await db.close();
  const verdict = compareOutcomes(exports, cleanOutcome, outcome);
  const left = existsSync(uploads) ? readdirSync(uploads).filter((f) => !outcome.imports.some((i) => i.storagePath === path.join(uploads, f))) : [];

  const count = (word: string) => kills.filter((k) => k.includes(word)).length;
  console.log(`\nkills: ${kills.length} (worker ${count("worker")}, web ${count("web")}, database ${count("database")}; during upload ${count("upload")}, parse ${count("parse")}, apply ${count("apply")}, idle ${count("idle")})`);
  console.log(`imports settled: ${settled ? "yes" : "NO (still running after 10 minutes)"}`);
  console.log(`exports applied exactly once: ${verdict.applied - verdict.duplicates.length} of ${exports.length}; failed with the file kept: ${verdict.failedKept}`);
  const resent = outcome.imports.length - exports.length;
  console.log(`imports: ${outcome.imports.length} for ${exports.length} exports (${resent} re-sent after a kill cut the answer; the second of a pair is recognised, never applied twice)`);
  console.log(`lost: ${verdict.lost.length}${verdict.lost.length ? ` (${verdict.lost.join(", ")})` : ""}`);
  console.log(`duplicates: ${verdict.duplicates.length}${verdict.duplicates.length ? ` (${verdict.duplicates.join(", ")})` : ""}`);
  console.log(`history equal to the clean run: ${verdict.mismatches.length === 0 ? "yes" : `NO\n  ${verdict.mismatches.join("\n  ")}`}`);
  console.log(`partial uploads a killed web process left: ${strays.length} (removed by the maintenance sweep; files left after it: ${left.length}${left.length ? `: ${left.join(", ")}` : ""})`);
  console.log(`unexpected process exits: ${supervisor.crashes.length}`);
  for (const c of supervisor.crashes) console.log(`  ${c.split("\n").slice(-3).join(" | ")}`);
  if (!settled || left.length || verdict.lost.length || verdict.duplicates.length || verdict.mismatches.length) exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.stack : error);
  exitCode = 1;
} finally {
  await supervisor.stopAll();
  await server?.stop().catch(() => {});
  removeEmbeddedData(pgEnv.FOLLOWLENS_PG_DIR);
  rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);

async function pushUntilAccepted(e: ChaosExport, token: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`http://localhost:${port}/api/v1/accounts/${CHAOS_HANDLE}/snapshots`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/zip" },
        body: readFileSync(e.file),
      });
      if (response.status === 200 || response.status === 202) return;
      if (response.status < 500) throw new Error(`the upload of ${path.basename(e.file)} answered ${response.status}: ${await response.text()}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("the upload")) throw error;
    }
    if (attempt > 200) throw new Error(`${path.basename(e.file)} was never accepted`);
    await sleep(500);
  }
}
