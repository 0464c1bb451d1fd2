// `npm run migrate`: applies prisma/migrations to DATABASE_URL (or the embedded PGlite folder).
import { describeDatabase, readDatabaseConfig } from "../lib/server/db/config";
import { openAdapter } from "../lib/server/db/adapter";
import { applyMigrations } from "../lib/server/db/migrate";

const config = readDatabaseConfig();
const { factory, close } = openAdapter(config);
const applied = await applyMigrations(factory);
console.log(`${describeDatabase(config)}: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);
await close();
process.exit(0);
