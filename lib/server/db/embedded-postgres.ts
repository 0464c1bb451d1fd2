import { createHash, randomBytes } from "node:crypto";
import { chownSync, existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { DatabaseConfigError, embeddedPaths, isAlive, readEmbeddedRuntime, type EmbeddedRuntime } from "./config";
import { reachable, serverUser, sharedRoot, usableBinaries, type RunAs } from "./postgres-binaries";
import { initCluster, startServer } from "./postgres-process";

/** The PostgreSQL major version the npm binaries are; a data folder of another major cannot be opened by them. */
export const EMBEDDED_MAJOR = "18";
const DATABASE = "followlens";
const USER = "followlens";

export type EmbeddedServer = { url: string; stop: () => Promise<void>; adopted: boolean };

/**
 * Starts PostgreSQL from the npm-shipped binaries with its data in `.data/postgres`, on a free loopback port (or
 * FOLLOWLENS_PG_PORT), TCP on 127.0.0.1 only, a password kept beside the data, its log in `.data/postgres.log`. A
 * server this checkout already runs (another `npm start`, or one a killed start left behind) is used as it is: the
 * second case is adopted and stopped by this process. After a crash PostgreSQL recovers its own data on the next start.
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
  const runAs = serverUser();
  const bin = usableBinaries(runAs);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL ${EMBEDDED_MAJOR} in ${path.relative(process.cwd(), dataDir) || dataDir}…`);
    const fresh = !existsSync(dataDir);
    const clusterDir = prepareClusterDir(dataDir, runAs);
    try {
      await initCluster(bin, runAs, clusterDir, USER, password);
    } catch (error) {
      // A half-made folder (disk full, say) would only fail the next start in a stranger way.
      if (fresh) for (const dir of new Set([dataDir, clusterDir])) rmSync(dir, { recursive: true, force: true });
      const problem = error instanceof Error ? error.message : String(error);
      throw new DatabaseConfigError(`Could not create the embedded PostgreSQL in ${dataDir}: ${problem}`);
    }
  }
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
  const adminUrl = url.replace(/\/followlens$/, "/postgres");
  let server;
  try {
    server = await startServer(bin, runAs, realpathSync(dataDir), port, adminUrl, `${dataDir}.log`);
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    const portTaken = /already in use|could not bind|could not create any TCP\/IP sockets/i.test(problem);
    const hint = portTaken ? ` (port ${port} is taken: free it, or set FOLLOWLENS_PG_PORT to another port or leave it unset for a free one)` : "";
    throw new DatabaseConfigError(`The embedded PostgreSQL did not start: ${problem}${hint}`);
  }
  await ensureDatabase(adminUrl);
  writeRuntime(runtimeFile, { url, port, postmasterPid: server.child.pid!, ownerPid: process.pid });
  return {
    url,
    adopted: false,
    stop: async () => {
      await server.stop();
      rmSync(runtimeFile, { force: true });
    },
  };
}

/**
 * The folder initdb fills, owned by the server's user. When that user cannot search the checkout (root in a private
 * folder), the cluster lives under sharedRoot() and `.data/postgres` is a symlink to it, so the data stays where the
 * checkout says it is.
 */
function prepareClusterDir(dataDir: string, runAs: RunAs): string {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  let clusterDir = dataDir;
  if (runAs && !existsSync(dataDir) && !reachable(runAs, path.dirname(dataDir))) {
    clusterDir = path.join(sharedRoot(), "clusters", createHash("sha256").update(dataDir).digest("hex").slice(0, 16));
    mkdirSync(path.dirname(clusterDir), { recursive: true });
    symlinkSync(clusterDir, dataDir);
  } else if (existsSync(dataDir) && lstatSync(dataDir).isSymbolicLink()) {
    clusterDir = realpathSync(dataDir);
  }
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs) chownSync(clusterDir, runAs.uid, runAs.gid);
  return clusterDir;
}

/** Deletes an embedded server's data folder (stopped first), and the cluster behind it when it is a symlink. */
export function removeEmbeddedData(dataDir: string) {
  // Retries: a server that has just stopped may still be removing its own files.
  const remove = (dir: string) => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  if (existsSync(dataDir) && lstatSync(dataDir).isSymbolicLink()) remove(realpathSync(dataDir));
  remove(dataDir);
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

async function ensureDatabase(adminUrl: string) {
  const client = new pg.Client({ connectionString: adminUrl });
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
