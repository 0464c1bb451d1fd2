// Vitest global set-up of the "integration-embedded" project: one embedded PostgreSQL 18 server (the engine `npm start`
// runs) for the whole run, in its own folder; each test file makes a throw-away database on it.
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/server/db/embedded-postgres";

export default async function setup() {
  const env = { ...process.env, FOLLOWLENS_PG_DIR: path.resolve(".data", "test-postgres") };
  const server = await startEmbeddedPostgres(() => {}, env);
  const url = new URL(server.url);
  url.pathname = "/postgres";
  process.env.TEST_EMBEDDED_DATABASE_URL = url.toString();
  return () => server.stop();
}
