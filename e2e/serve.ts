// Starts the built dashboard and one worker for one Playwright project on a fresh database with the e2e fixtures:
//   tsx e2e/serve.ts --db embedded|postgres --port N
// embedded: the PostgreSQL 18 server `npm start` runs (npm-shipped binaries), in a fresh folder of its own;
// postgres: a fresh database on the machine's PostgreSQL (TEST_DATABASE_URL).
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readEmbeddedRuntime } from "../lib/server/db/config";
import { removeEmbeddedData, startEmbeddedPostgres } from "../lib/server/db/embedded-postgres";
import { useDatabase } from "../lib/server/db";
import { openDatabase } from "../lib/server/db/open-database";
import { assertLocal, recreateDatabase, testPostgresUrl } from "../test/local-database";
import { seedE2eFixtures } from "./fixtures/seed-fixtures";

const { values } = parseArgs({ options: { db: { type: "string", default: "embedded" }, port: { type: "string", default: "3101" } } });
const port = values.port!;
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: port };
let stopDatabase = async () => {};
let url: string;

if (values.db === "postgres") {
  assertLocal(testPostgresUrl());
  url = await recreateDatabase(testPostgresUrl(), `followlens_e2e_${port}`);
} else {
  const dataDir = path.resolve(".data", `e2e-postgres-${port}`);
  const serverEnv = { ...process.env, FOLLOWLENS_PG_DIR: dataDir };
  // A server a killed run left behind is adopted and stopped before the folder is made afresh.
  if (readEmbeddedRuntime(serverEnv)) await (await startEmbeddedPostgres(() => {}, serverEnv)).stop();
  removeEmbeddedData(dataDir);
  const server = await startEmbeddedPostgres(() => {}, serverEnv);
  stopDatabase = server.stop;
  url = server.url;
  env.FOLLOWLENS_DATABASE_EMBEDDED = "1";
}
env.DATABASE_URL = url;

const database = await openDatabase({ config: { url, embedded: values.db !== "postgres" }, migrate: true });
// The data layer (the score writer opens its own connection from this URL) uses the database seeded here.
useDatabase(database.prisma, url);
await seedE2eFixtures(database.prisma);
await database.close();

env.NEXTAUTH_SECRET = "e2e-only-secret-not-for-production";
env.NEXTAUTH_URL = `http://localhost:${port}`;
// A slow refill (one request per 10 s after the burst of 30) keeps the flood test's 429 certain however slow the
// machine answers; every other API test uses a token of its own and stays within the burst.
env.FOLLOWLENS_API_RATE_PER_MINUTE = "6";
env.FOLLOWLENS_UPLOAD_DIR = path.resolve(".data", `e2e-uploads-${port}`);
env.FOLLOWLENS_JOB_POLL_SECONDS = "0.5";
const children: ChildProcess[] = [
  spawn("npx", ["next", "start", "-p", port], { stdio: "inherit", env }),
  spawn("npx", ["tsx", "--conditions=react-server", "scripts/worker.ts"], { stdio: "inherit", env }),
];
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once("exit", r)))));
  await stopDatabase();
  process.exit(code);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
for (const child of children) child.on("exit", (code) => void stop(code ?? 1));
