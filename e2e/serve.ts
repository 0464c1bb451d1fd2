// Starts the built dashboard for one Playwright project on a fresh database with the e2e fixtures:
//   tsx e2e/serve.ts --db pglite|postgres --port N
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { pgConnectionFields } from "../lib/server/db/adapter";
import type { DatabaseConfig } from "../lib/server/db/config";
import { openDatabase } from "../lib/server/db/open-database";
import { assertLocal, testPostgresUrl } from "../test/test-database";
import { seedE2eFixtures } from "./fixtures/seed-fixtures";

const { values } = parseArgs({ options: { db: { type: "string", default: "pglite" }, port: { type: "string", default: "3101" } } });
const port = values.port!;
let config: DatabaseConfig;
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: port };

if (values.db === "postgres") {
  const adminUrl = testPostgresUrl();
  assertLocal(adminUrl);
  const name = `followlens_e2e_${port}`;
  const admin = new pg.Client(pgConnectionFields(adminUrl));
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  config = { kind: "postgres", url: url.toString() };
  env.DATABASE_URL = config.url;
} else {
  const dataDir = path.resolve(".data", `e2e-pglite-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  config = { kind: "pglite", dataDir };
  delete env.DATABASE_URL;
  env.PGLITE_DIR = dataDir;
}

const database = await openDatabase({ config, migrate: true });
await seedE2eFixtures(database.prisma);
await database.close();

env.NEXTAUTH_SECRET = "e2e-only-secret-not-for-production";
env.NEXTAUTH_URL = `http://localhost:${port}`;
// A slow refill (one request per 10 s after the burst of 30) keeps the flood test's 429 certain however slow the
// machine answers; every other API test uses a token of its own and stays within the burst.
env.FOLLOWLENS_API_RATE_PER_MINUTE = "6";
env.FOLLOWLENS_UPLOAD_DIR = path.resolve(".data", `e2e-uploads-${port}`);
const server = spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
