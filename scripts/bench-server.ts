// `npm run bench:server [-- --followers N] [-- --db embedded|postgres]`: the memory of the real web server and of the
// worker while they import a generated TikTok export zip (pushed through the ingestion API to the web process, parsed
// and applied by the worker). Needs a build (`npm run build`). Prints each process's resident memory idle, its kernel
// high-water mark, and the time. BENCH_TRACE=1 shows their output and memory every 3 s; BENCH_NODE_FLAGS passes flags
// to the web server's node (say "--cpu-prof --cpu-prof-dir=/tmp/prof").
import { spawn, execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { createApiToken } from "../lib/server/api-tokens/create-api-token";
import { useDatabase } from "../lib/server/db";
import { openDatabase } from "../lib/server/db/open-database";
import { benchDatabase, stopBenchDatabases } from "./bench/bench-database";
import { writeTikTokExportZip } from "./bench/tiktok-export";

const { values } = parseArgs({ options: { followers: { type: "string", default: "1000000" }, db: { type: "string", default: "embedded" }, port: { type: "string", default: "3411" } } });
if (!existsSync(".next/BUILD_ID")) throw new Error("No build: run `npm run build` first");
const followers = Number(values.followers);
const dir = mkdtempSync(path.join(os.tmpdir(), "followlens-bench-server-"));
const zip = path.join(dir, "export.zip");
await writeTikTokExportZip(zip, { followers, following: Math.round(followers / 5), seed: 1, handle: "bench.server" });
console.log(`export zip ${(statSync(zip).size / 1_048_576).toFixed(1)} MB, ${followers.toLocaleString("en-US")} followers`);

const { config } = await benchDatabase(values.db!, "followlens_bench_server");
const database = await openDatabase({ config, migrate: true });
useDatabase(database.prisma, config.url);
const user = await database.prisma.user.create({ data: { email: "server@bench.local", passwordHash: "x" } });
await database.prisma.trackedAccount.create({ data: { ownerId: user.id, handle: "bench.server", handleKey: "bench.server" } });
const { token } = await createApiToken({ userId: user.id, email: user.email, role: "CREATOR" }, "bench");
await database.close();

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: "bench-only-secret-not-for-production", FOLLOWLENS_UPLOAD_DIR: path.join(dir, "uploads") };
env.DATABASE_URL = config.url;
const base = `http://localhost:${values.port}`;
const nodeFlags = process.env.BENCH_NODE_FLAGS?.split(" ").filter(Boolean) ?? [];
const stdio = process.env.BENCH_TRACE ? "inherit" : "ignore";
const server = spawn(process.execPath, [...nodeFlags, "node_modules/next/dist/bin/next", "start", "-p", values.port!], { env, stdio });
const worker = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], { env, stdio });
try {
  await waitFor(async () => (await fetch(`${base}/signin`)).ok);
  const pids = () => [server.pid!, ...descendants(server.pid!)];
  const idle = Math.max(...pids().map((p) => memory(p, "VmRSS")));
  const workerIdle = memory(worker.pid!, "VmRSS");
  const t0 = performance.now();
  const pushed = await fetch(`${base}/api/v1/accounts/bench.server/snapshots`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/zip" },
    body: Readable.toWeb(createReadStream(zip)) as ReadableStream<Uint8Array>,
    duplex: "half",
  } as RequestInit);
  const { links } = (await pushed.json()) as { links: { self: string } };
  let status = "parsing";
  const trace = process.env.BENCH_TRACE ? setInterval(() => console.log(`  ${((performance.now() - t0) / 1000).toFixed(0)} s: ${status}, server RSS ${Math.max(...pids().map((p) => memory(p, "VmRSS"))).toFixed(0)} MB`), 3000) : null;
  // Every 2 s: within the API's rate limit (60 a minute) however long the import takes.
  await waitFor(async () => {
    const response = await fetch(`${base}${links.self}`, { headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`polling the import: HTTP ${response.status}`);
    const answer = (await response.json()) as { import: { status: string; error: string | null } };
    status = answer.import.status;
    if (status === "failed") throw new Error(answer.import.error ?? "failed");
    return status !== "parsing" && status !== "applying";
  }, 600_000, 2000);
  const seconds = (performance.now() - t0) / 1000;
  if (trace) clearInterval(trace);
  const peak = Math.max(...pids().map((p) => memory(p, "VmHWM")));
  const workerPeak = memory(worker.pid!, "VmHWM");
  console.log(`${values.db}: import ${status} in ${seconds.toFixed(1)} s; web RSS idle ${idle.toFixed(0)} MB, peak ${peak.toFixed(0)} MB; worker idle ${workerIdle.toFixed(0)} MB, peak ${workerPeak.toFixed(0)} MB (kernel high-water marks)`);
  console.log(JSON.stringify({ figure: "web and worker peak RSS during a 1M import", db: values.db, idleMb: Math.round(idle), peakMb: Math.round(peak), workerIdleMb: Math.round(workerIdle), workerPeakMb: Math.round(workerPeak), seconds: Math.round(seconds * 10) / 10 }));
} finally {
  server.kill("SIGTERM");
  worker.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, nodeFlags.length ? 10_000 : 1000));
  rmSync(dir, { recursive: true, force: true });
  await stopBenchDatabases();
}
process.exit(0);

/** The process's memory line from /proc in MB ("VmRSS" now, "VmHWM" the most it ever held). */
function memory(pid: number, field: "VmRSS" | "VmHWM"): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith(field));
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) / 1024;
}

/** `next start` may serve from a child process: every process under the one we started. */
function descendants(pid: number): number[] {
  let out: number[];
  try {
    out = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" }).split("\n").map(Number).filter(Boolean);
  } catch {
    return []; // ps exits 1 when there are none
  }
  return out.flatMap((child) => [child, ...descendants(child)]);
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 120_000, everyMs = 500) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
    }
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

