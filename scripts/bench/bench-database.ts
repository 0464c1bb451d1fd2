import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DatabaseConfig } from "../../lib/server/db/config";
import { removeEmbeddedData, startEmbeddedPostgres, type EmbeddedServer } from "../../lib/server/db/embedded-postgres";
import { dropDatabase, recreateDatabase } from "../../test/local-database";

const postgresAdmin = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
let embedded: { server: EmbeddedServer; dir: string } | null = null;

/** The benchmark's engines: `embedded` (the default install's PostgreSQL 18, in a temporary folder) or `postgres`. */
export async function benchDatabase(kind: string, name = "followlens_bench"): Promise<{ config: DatabaseConfig; cleanup: () => Promise<void> }> {
  let adminUrl = postgresAdmin;
  if (kind === "embedded") {
    if (!embedded) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "followlens-bench-pg-"));
      embedded = { dir, server: await startEmbeddedPostgres(() => {}, { ...process.env, FOLLOWLENS_PG_DIR: path.join(dir, "postgres"), FOLLOWLENS_PG_PORT: "" }) };
    }
    const u = new URL(embedded.server.url);
    u.pathname = "/postgres";
    adminUrl = u.toString();
  } else if (kind !== "postgres") {
    throw new Error(`--db must be embedded or postgres (got ${kind})`);
  }
  const url = await recreateDatabase(adminUrl, name);
  return { config: { url, embedded: kind === "embedded" }, cleanup: () => dropDatabase(adminUrl, name) };
}

/** Stops the benchmark's embedded server, if one was started, and removes its folder. */
export async function stopBenchDatabases() {
  if (!embedded) return;
  await embedded.server.stop();
  // As root the cluster lives outside the temporary folder, behind a symlink: removed with it.
  removeEmbeddedData(path.join(embedded.dir, "postgres"));
  rmSync(embedded.dir, { recursive: true, force: true });
  embedded = null;
}
