// `npm run migrate`: applies prisma/migrations to DATABASE_URL (or the embedded PostgreSQL, started for the purpose).
import { exitWithFailure, openScriptDatabase } from "./run-script";

try {
  const database = await openScriptDatabase({ migrate: true, log: console.log });
  await database.close();
  process.exit(0);
} catch (error) {
  exitWithFailure(error);
}
