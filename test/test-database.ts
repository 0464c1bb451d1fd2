import { randomBytes } from "node:crypto";
import pg from "pg";
import { pgConnectionFields } from "@/lib/server/db/adapter";
import { openDatabase, type Database } from "@/lib/server/db/open-database";
import { useDatabase } from "@/lib/server/db";
import { useDatabaseUrl } from "@/lib/server/db/database-url";
import { closeQueue } from "@/lib/server/jobs/queue";

import { assertLocal, testPostgresUrl } from "./local-database";

export { assertLocal, testPostgresUrl };

/** The server a test kind runs on: the embedded PostgreSQL 18 (started by the project's global set-up) or the machine's. */
export function testServerUrl(kind = process.env.TEST_DB ?? "embedded"): string {
  if (kind === "postgres") return testPostgresUrl();
  const url = process.env.TEST_EMBEDDED_DATABASE_URL;
  if (!url) throw new Error("TEST_EMBEDDED_DATABASE_URL is not set: run database tests through vitest's integration-embedded project");
  return url;
}

/** Makes an empty database on a local server and returns its URL and a function that drops it. */
export async function createThrowawayDatabase(serverUrl: string, prefix = "followlens_test") {
  assertLocal(serverUrl);
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await runAdmin(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => runAdmin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function runAdmin(serverUrl: string, sql: string) {
  const admin = new pg.Client(pgConnectionFields(serverUrl));
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh, migrated database for one test file, on the embedded PostgreSQL 18 or on the machine's PostgreSQL (dropped
 * on close). The data layer is pointed at it.
 */
export async function openTestDatabase(kind = process.env.TEST_DB ?? "embedded"): Promise<Database> {
  const throwaway = await createThrowawayDatabase(testServerUrl(kind));
  const database = await openDatabase({ config: { url: throwaway.url, embedded: kind === "embedded" }, migrate: true });
  useDatabase(database.prisma);
  useDatabaseUrl(throwaway.url);
  return {
    ...database,
    close: async () => {
      await closeQueue();
      await database.close();
      await throwaway.drop();
    },
  };
}
