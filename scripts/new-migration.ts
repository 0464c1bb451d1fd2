// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the current migrations to schema.prisma,
// replayed on an in-memory PGlite as the shadow database (the native engine behind `prisma migrate dev` is absent here).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { migrationsDir, openSchemaEngine, readMigrationList, schemaPath } from "../lib/server/db/migrate";

const name = (process.argv[2] ?? "change").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
const lock = path.join(migrationsDir, "migration_lock.toml");
mkdirSync(migrationsDir, { recursive: true });
if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');

const pglite = new PGlite();
const engine = await openSchemaEngine(new PrismaPGlite(pglite));
const result = await engine.diff({
  from: { tag: "migrations", ...readMigrationList() },
  to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
const sql = result.stdout ?? "";
const body = sql.trim();
if (!body || body.startsWith("-- This is an empty migration")) {
  console.log("schema.prisma matches the migrations: nothing to write");
} else {
  const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), body + "\n");
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
engine.free();
await pglite.close();
process.exit(0);
