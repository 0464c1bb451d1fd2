import { readDatabaseUrl, type DatabaseConfig } from "./config";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type EnsuredDatabase = { config: DatabaseConfig; stop: () => Promise<void> };

/**
 * For commands run from a shell (start, worker, cli, migrate): DATABASE_URL's server when set, else the embedded
 * PostgreSQL of this checkout, started now if no other process runs it (and then stopped by `stop`).
 */
export async function ensureDatabase(log: (line: string) => void = () => {}, env = process.env): Promise<EnsuredDatabase> {
  const url = readDatabaseUrl(env);
  if (url) return { config: { url, embedded: env.FOLLOWLENS_DATABASE_EMBEDDED === "1" }, stop: async () => {} };
  const server = await startEmbeddedPostgres(log, env);
  return { config: { url: server.url, embedded: true }, stop: server.stop };
}
