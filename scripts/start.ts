// `npm start`: the database (embedded PostgreSQL unless DATABASE_URL is set), migrations, the demo on a fresh embedded
// database, a build if the sources changed, then the web server (one process per core, scripts/web.ts) and one
// worker, stopped together on Ctrl-C.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedDemo } from "../lib/server/demo/seed-demo";
import { authSecretProblem, portProblem, webProcessCount } from "../lib/server/startup/check-environment";
import { carryOverIfNeeded } from "./start/carry-over-if-needed";
import { exitWithFailure, openScriptDatabase } from "./run-script";

const port = process.env.PORT || "3000";
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
let stopDatabase: () => Promise<void> = async () => {};

// Problems found before anything starts, one line each: a port in use, a production run without a session secret.
const portInUse = await portProblem(port);
if (portInUse) exitWithFailure(new Error(portInUse));
const webProcesses = webProcessCount(process.env, os.availableParallelism());
if (typeof webProcesses === "string") exitWithFailure(new Error(webProcesses));
if (process.env.NODE_ENV === "production") {
  const secret = authSecretProblem(process.env);
  if (secret) exitWithFailure(new Error(`${secret} (NODE_ENV=production: no secret is generated)`));
}

try {
  const database = await openScriptDatabase({ migrate: true, log: console.log });
  stopDatabase = database.ensured.stop;
  env.DATABASE_URL = database.config.url;
  if (database.config.embedded) env.FOLLOWLENS_DATABASE_EMBEDDED = "1";
  const carried = database.config.embedded ? await carryOverIfNeeded(database.config.url, database.prisma, console.log) : false;
  if (database.config.embedded && !carried && (await database.prisma.user.count()) === 0) {
    const t0 = Date.now();
    await seedDemo(database.prisma, new Date(), (line) => console.log(line));
    console.log(`Demo data ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  await database.prisma.$disconnect();
} catch (error) {
  await stopDatabase().catch(() => {});
  exitWithFailure(error);
}

env.NEXTAUTH_SECRET ||= env.AUTH_SECRET || readOrCreateSecret();
env.NEXTAUTH_URL ||= `http://localhost:${port}`;

const stampFile = path.join(".next", "followlens-source-stamp");
const stamp = sourceStamp();
if (!existsSync(".next/BUILD_ID") || !existsSync(stampFile) || readFileSync(stampFile, "utf8") !== stamp) {
  console.log("Building the dashboard (the sources changed since the last build, or there is none)…");
  const build = spawnSync("npx", ["next", "build"], { stdio: "inherit", env });
  if (build.status !== 0) {
    await stopDatabase();
    process.exit(build.status ?? 1);
  }
  writeFileSync(stampFile, stamp);
}

console.log(`Followlens on http://localhost:${port} (${webProcesses} web process${webProcesses === 1 ? "" : "es"} and a worker)`);
let stopping = false;
const web = spawn("npx", ["tsx", "scripts/web.ts"], { stdio: "inherit", env: { ...env, PORT: port, FOLLOWLENS_WEB_PROCESSES: String(webProcesses) } });
let worker = startWorkerProcess();

/** The worker is restarted if it dies (its jobs are taken over after their lease); the web server ending ends all. */
function startWorkerProcess(): ChildProcess {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/worker.ts"], { stdio: "inherit", env });
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`The worker stopped (${signal ?? `exit ${code}`}); starting it again in 2 s`);
    setTimeout(() => (worker = startWorkerProcess()), 2000);
  });
  return child;
}

async function shutDown(code: number) {
  if (stopping) return;
  stopping = true;
  const exited = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once("exit", r)));
  for (const child of [web, worker]) if (child.exitCode === null) child.kill("SIGTERM");
  await Promise.race([Promise.all([exited(web), exited(worker)]), new Promise((r) => setTimeout(r, 35_000))]);
  await stopDatabase().catch((error) => console.error(`stopping the embedded PostgreSQL: ${error}`));
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutDown(0));
web.on("exit", (code) => void shutDown(code ?? 0));

/** Names, sizes and modification times of everything the build reads: a rebuild happens only when one changed. */
function sourceStamp(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    if (stat.isDirectory()) for (const name of readdirSync(entry).sort()) visit(path.join(entry, name));
    else hash.update(`${entry}\t${stat.size}\t${stat.mtimeMs}\n`);
  };
  for (const entry of ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.js", "postcss.config.mjs", "package-lock.json", "tsconfig.json"]) visit(entry);
  return hash.digest("hex");
}

/** A random secret kept beside the embedded data, so sessions survive restarts without any set-up. */
function readOrCreateSecret(): string {
  const file = path.join(".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
