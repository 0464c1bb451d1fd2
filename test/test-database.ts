import { useDatabase } from "@/lib/server/db";
import { openDatabase, type Database } from "@/lib/server/db/open-database";
import { closeQueue } from "@/lib/server/jobs/queue";
import { createThrowawayDatabase, testPostgresUrl } from "./local-database";

export { assertLocal, createThrowawayDatabase, testPostgresUrl } from "./local-database";

/** The server a test kind runs on: the embedded PostgreSQL 18 (started by the project's global set-up) or the machine's. */
export function testServerUrl(kind = process.env.TEST_DB ?? "embedded"): string {
  if (kind === "postgres") return testPostgresUrl();
  const url = process.env.TEST_EMBEDDED_DATABASE_URL;
  if (!url) throw new Error("TEST_EMBEDDED_DATABASE_URL is not set: run database tests through vitest's integration-embedded project");
  return url;
}

/**
 * A fresh, migrated database for one test file, on the embedded PostgreSQL 18 or on the machine's PostgreSQL (dropped
 * on close). The data layer is pointed at it.
 */
export async function openTestDatabase(kind = process.env.TEST_DB ?? "embedded"): Promise<Database> {
  const throwaway = await createThrowawayDatabase(testServerUrl(kind));
  const database = await openDatabase({ config: { url: throwaway.url, embedded: kind === "embedded" }, migrate: true });
  useDatabase(database.prisma, throwaway.url);
  return {
    ...database,
    close: async () => {
      await closeQueue();
      await database.close();
      await throwaway.drop();
    },
  };
}
