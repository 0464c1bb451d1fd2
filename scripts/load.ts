// `npm run load [-- --size N --webs N --connections N --seconds N]`: many users at once, over HTTP, on this machine.
// Starts its own embedded PostgreSQL (a temporary folder), seeds a creator with --size followers, runs the web server
// as `npm start` does (--webs processes sharing the port, scripts/web.ts) and one worker, signs in as the creator,
// then measures with autocannon
// (closed loop): the overview alone, then overview, lists, search and CSV together while a --size import runs.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { useDatabase } from "../lib/server/db";
import { openDatabase } from "../lib/server/db/open-database";
import { benchDatabase, stopBenchDatabases } from "./bench/bench-database";
import { writeTikTokExportZip } from "./bench/tiktok-export";
import { startWebCluster, startWorkerProcess, stopProcess, waitUntil, type Proc } from "./cluster/processes";
import { measureRoute, printRoutes, type RouteFigures } from "./load/measure-route";
import { IMPORT_HANDLE, LOAD_HANDLE, LOAD_USER, seedLoad } from "./load/seed-load";
import { signIn } from "./load/sign-in";

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "1000000" },
    webs: { type: "string", default: String(Math.max(1, Math.min(4, os.availableParallelism()))) },
    connections: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    "overview-seconds": { type: "string", default: "20" },
    port: { type: "string", default: "3400" },
    /** a folder for CPU profiles of the web instances (node --cpu-prof), to see where a page's time goes */
    profile: { type: "string" },
  },
});
const size = Number(values.size);
const webs = Number(values.webs);
const connections = Number(values.connections);
const seconds = Number(values.seconds);
const basePort = Number(values.port);

if (!existsSync(".next/BUILD_ID")) {
  console.log("Building the dashboard (next build)…");
  if (spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }).status !== 0) process.exit(1);
}

const work = mkdtempSync(path.join(os.tmpdir(), "followlens-load-"));
const procs: Proc[] = [];
let exitCode = 0;
try {
  console.log(`Load test: ${size.toLocaleString("en-US")} followers, ${webs} web process(es) on one port + 1 worker, ${connections} connections`);
  const { config } = await benchDatabase("embedded", "followlens_load");
  const database = await openDatabase({ config, migrate: true });
  useDatabase(database.prisma, config.url);
  let t = performance.now();
  const { token } = await seedLoad(database.prisma, size);
  console.log(`  seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  await database.close();
  const zip = path.join(work, "import.zip");
  await writeTikTokExportZip(zip, { followers: size, following: Math.round(size / 5), seed: 3, handle: IMPORT_HANDLE });

  const publicUrl = `http://localhost:${basePort}`;
  const env = {
    DATABASE_URL: config.url,
    FOLLOWLENS_DATABASE_EMBEDDED: "1",
    NEXTAUTH_SECRET: "load-test-only-secret",
    NEXTAUTH_URL: publicUrl,
    FOLLOWLENS_UPLOAD_DIR: path.join(work, "uploads"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // CPU profiles of the web processes (one file each, written when they stop).
  const profile: Record<string, string> = values.profile ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${path.resolve(values.profile)}` } : {};
  procs.push(startWebCluster(basePort, webs, { ...env, ...profile }));
  procs.push(startWorkerProcess("worker", env));
  await waitUntil("the web server", async () => (await fetch(`${publicUrl}/signin`)).ok, 90_000);
  const cookie = await signIn(publicUrl, LOAD_USER.email, LOAD_USER.password);
  const page = (p: string) => `${publicUrl}/dashboard/${LOAD_HANDLE}${p}`;
  // Each route once, so that the measured runs start warm.
  for (const url of [page(""), page("/relationships?kind=followers")]) await fetch(url, { headers: { cookie } });

  // One request at a time: what a page costs alone (time and bytes).
  const alone: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    bytes = (await (await fetch(page(""), { headers: { cookie } })).arrayBuffer()).byteLength;
    alone.push(performance.now() - t0);
  }
  alone.sort((a, b) => a - b);
  console.log(`  the overview alone: median ${alone[10]!.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KB`);
  const overview = await measureRoute("overview", page(""), cookie, connections, Number(values["overview-seconds"]));
  printRoutes(`Overview alone (${connections} connections, ${values["overview-seconds"]} s)`, [overview]);

  // The mix while an import of the same size runs on the worker.
  t = performance.now();
  const upload = await fetch(`${publicUrl}/api/v1/accounts/${IMPORT_HANDLE}/snapshots`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/zip" },
    body: readFileSync(zip),
  });
  if (upload.status >= 300) throw new Error(`the import upload answered ${upload.status}: ${await upload.text()}`);
  const { import: started } = (await upload.json()) as { import: { id: number } };
  const share = (n: number) => Math.max(1, Math.round((connections * n) / 10));
  const routes: [string, string, number][] = [
    ["overview", page(""), share(3)],
    ["followers by date, page 1-20", page("/relationships?kind=followers&sort=-date&page=7"), share(2)],
    ["search ?q=ma", page("/relationships?kind=followers&q=ma"), share(2)],
    ["mutuals", page("/relationships?kind=mutuals"), share(1)],
    ["lost followers CSV", page("/relationships/export?kind=lost-followers"), share(2)],
  ];
  const mixed: RouteFigures[] = await Promise.all(routes.map(([name, url, n]) => measureRoute(name, url, cookie, n, seconds)));
  const status = async () =>
    ((await (await fetch(`${publicUrl}/api/v1/imports/${started.id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as { import: { status: string } }).import.status;
  const during = await status();
  const finished = await waitUntil("the import", async () => ((s) => (["applied", "failed"].includes(s) ? s : null))(await status()), 600_000, 1000);
  printRoutes(`Overview, lists, search and CSV together (${routes.reduce((n, r) => n + r[2], 0)} connections, ${seconds} s, one ${size.toLocaleString("en-US")}-follower import running: "${during}" at the end, ${finished} after ${((performance.now() - t) / 1000).toFixed(0)} s)`, mixed);
  const errors = [overview, ...mixed].reduce((n, r) => n + r.errors, 0);
  console.log(`\nerrors: ${errors}`);
  if (errors > 0 || finished !== "applied") exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  for (const p of procs) console.error(`--- ${p.name}\n${p.output.join("").slice(-2000)}`);
  exitCode = 1;
} finally {
  await Promise.all(procs.map((p) => stopProcess(p)));
  await stopBenchDatabases();
  rmSync(work, { recursive: true, force: true });
}
process.exit(exitCode);
