// Databases on a local server for tests, the e2e servers and the benchmark, without importing the data layer (the
// Playwright runner cannot load its server-only modules).
import { randomBytes } from "node:crypto";
import pg from "pg";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]", ""]);

export function testPostgresUrl(): string {
  return process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
}

/** Refuses to run tests against anything but a database on this machine. */
export function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`Refusing to run tests against a non-local database (${host})`);
}

/** Runs one statement on the server's maintenance database (CREATE / DROP DATABASE cannot run inside the target). */
export async function runAdminSql(serverUrl: string, sql: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

const urlOf = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** Drops the database `name` if a run left it, makes it empty again, and returns its URL. */
export async function recreateDatabase(serverUrl: string, name: string): Promise<string> {
  await runAdminSql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await runAdminSql(serverUrl, `CREATE DATABASE ${name}`);
  return urlOf(serverUrl, name);
}

export function dropDatabase(serverUrl: string, name: string) {
  return runAdminSql(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** Makes an empty database with a random name on a local server and returns its URL and a function that drops it. */
export async function createThrowawayDatabase(serverUrl: string, prefix = "followlens_test") {
  assertLocal(serverUrl);
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await runAdminSql(serverUrl, `CREATE DATABASE ${name}`);
  return { url: urlOf(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}
