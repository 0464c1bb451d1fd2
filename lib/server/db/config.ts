import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Where the data layer connects: always a PostgreSQL server, the embedded one (`npm start`) or DATABASE_URL's. */
export type DatabaseConfig = { url: string; embedded: boolean };

/** A configuration problem worth one line to the operator (never a stack trace). */
export class DatabaseConfigError extends Error {}

/** The folder of the embedded PostgreSQL server and the files that describe it while it runs. */
export function embeddedPaths(env: NodeJS.ProcessEnv = process.env) {
  const base = path.resolve(/*turbopackIgnore: true*/ process.cwd(), ".data");
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.FOLLOWLENS_PG_DIR?.trim() || path.join(base, "postgres"));
  return { dataDir, runtimeFile: `${dataDir}.json`, passwordFile: `${dataDir}.password` };
}

/** DATABASE_URL when set, checked: a malformed value is refused in one line naming the variable. */
export function readDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | null {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseConfigError(`DATABASE_URL is not a URL: expected postgresql://user:password@host:5432/database`);
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new DatabaseConfigError(`DATABASE_URL must start with postgresql:// (got "${url.protocol}//…")`);
  }
  if (!url.hostname) throw new DatabaseConfigError("DATABASE_URL names no host: expected postgresql://user:password@host:5432/database");
  if (url.port && !(Number(url.port) > 0 && Number(url.port) < 65536)) throw new DatabaseConfigError(`DATABASE_URL has an invalid port (${url.port})`);
  return raw;
}

export type EmbeddedRuntime = { url: string; port: number; postmasterPid: number; ownerPid: number };

/** The embedded server another process of this checkout started, if it still runs. */
export function readEmbeddedRuntime(env: NodeJS.ProcessEnv = process.env): EmbeddedRuntime | null {
  const { runtimeFile } = embeddedPaths(env);
  if (!existsSync(/*turbopackIgnore: true*/ runtimeFile)) return null;
  try {
    const runtime = JSON.parse(readFileSync(/*turbopackIgnore: true*/ runtimeFile, "utf8")) as EmbeddedRuntime;
    return isAlive(runtime.postmasterPid) ? runtime : null;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The database of this process: DATABASE_URL (set by `npm start` for the processes it runs, or by the operator), else
 * the embedded server a running `npm start` of this checkout holds.
 */
export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = readDatabaseUrl(env);
  if (url) return { url, embedded: env.FOLLOWLENS_DATABASE_EMBEDDED === "1" };
  const runtime = readEmbeddedRuntime(env);
  if (runtime) return { url: runtime.url, embedded: true };
  throw new DatabaseConfigError("DATABASE_URL is not set and no embedded database is running: start Followlens with `npm start`, or set DATABASE_URL=postgresql://…");
}

export function describeDatabase(config: DatabaseConfig): string {
  const url = new URL(config.url);
  return config.embedded ? `embedded PostgreSQL on ${url.host}${url.pathname}` : `PostgreSQL at ${url.host}${url.pathname}`;
}
