import { randomBytes } from "node:crypto";
import pg from "pg";
import { pgConnectionFields } from "@/lib/server/db/adapter";
import { openDatabase, type Database } from "@/lib/server/db/open-database";
import { useDatabase } from "@/lib/server/db";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]", ""]);

export function testPostgresUrl(): string {
  return process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
}

/** Refuses to run tests against anything but a database on this machine. */
export function assertLocal(url: string) {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`Refusing to run tests against a non-local database (${host})`);
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a throw-away database on the local
 * PostgreSQL server (dropped on close). The data layer is pointed at it.
 */
export async function openTestDatabase(kind = process.env.TEST_DB ?? "pglite"): Promise<Database> {
  if (kind === "pglite") {
    const database = await openDatabase({ config: { kind: "pglite", dataDir: null }, migrate: true });
    useDatabase(database.prisma);
    return database;
  }
  const adminUrl = testPostgresUrl();
  assertLocal(adminUrl);
  const name = `followlens_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client(pgConnectionFields(adminUrl));
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ config: { kind: "postgres", url: url.toString() }, migrate: true });
  useDatabase(database.prisma);
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client(pgConnectionFields(adminUrl));
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
