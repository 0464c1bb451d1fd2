// Shared start and end of the shell commands (start, worker, cli, migrate): the database they need, and every
// failure as one line naming the problem instead of a stack trace.
import { DatabaseConfigError, describeDatabase } from "../lib/server/db/config";
import { ensureDatabase, type EnsuredDatabase } from "../lib/server/db/ensure-database";
import { useDatabase } from "../lib/server/db";
import { openDatabase, type Database } from "../lib/server/db/open-database";
import { describeConnectionError } from "../lib/server/db/describe-connection-error";

export type ScriptDatabase = Database & { ensured: EnsuredDatabase };

/** Opens (and with `migrate` migrates) the database: DATABASE_URL's, or the embedded one, started if need be. */
export async function openScriptDatabase(options: { migrate?: boolean; log?: (line: string) => void } = {}): Promise<ScriptDatabase> {
  const ensured = await ensureDatabase(options.log);
  let database: Database;
  try {
    database = await openDatabase({ config: ensured.config, migrate: options.migrate });
  } catch (error) {
    await ensured.stop();
    throw error;
  }
  useDatabase(database.prisma, ensured.config.url);
  options.log?.(`Database: ${describeDatabase(ensured.config)}${options.migrate ? " (migrations applied)" : ""}`);
  return { ...database, ensured, close: async () => { await database.close(); await ensured.stop(); } };
}

/** One line for the operator: configuration and connection problems in plain words, anything else by its message. */
export function describeFailure(error: unknown): string {
  if (error instanceof DatabaseConfigError) return error.message;
  return describeConnectionError(error) ?? (error instanceof Error ? error.message.split("\n")[0]! : String(error));
}

export function exitWithFailure(error: unknown): never {
  console.error(`error: ${describeFailure(error)}`);
  process.exit(1);
}
