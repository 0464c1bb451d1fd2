import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

// The Prisma CLI's native schema engine cannot be downloaded here; its WebAssembly build, driven over a driver
// adapter, applies prisma/migrations with the same _prisma_migrations bookkeeping as `prisma migrate deploy`.

const root = process.cwd();
export const migrationsDir = path.join(root, "prisma", "migrations");
export const schemaPath = path.join(root, "prisma", "schema.prisma");

let loaded: Promise<typeof engineBg> | undefined;
function loadEngine(): Promise<typeof engineBg> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": engineBg as unknown as WebAssembly.ModuleImports,
    });
    engineBg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineBg;
  })();
  return loaded;
}

export function readMigrationList(): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: existsSync(file) ? { tag: "ok", value: readFileSync(file, "utf8") } : { tag: "error", value: "missing" },
        },
      };
    }),
  } as MigrationList;
}

export async function openSchemaEngine(factory: SqlMigrationAwareDriverAdapterFactory) {
  const engine = await loadEngine();
  const schema = readFileSync(schemaPath, "utf8");
  const log = () => {};
  return engine.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, bindMigrationAwareSqlAdapterFactory(factory));
}

type ScriptRunner = { executeScript(script: string): Promise<void> };
type PgBacked = { client?: { query(sql: string): Promise<unknown> } };

/**
 * adapter-pg's executeScript splits a script at every ";", which cuts a function body (the audit trail's trigger)
 * in pieces. PostgreSQL runs a whole script sent as one simple query, in one implicit transaction; PGlite's adapter
 * already sends it whole.
 */
function runScriptsWhole(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  if (!(factory instanceof PrismaPg)) return factory;
  const wrap = async <T extends ScriptRunner>(adapter: T): Promise<T> => {
    const client = (adapter as PgBacked).client;
    if (client) adapter.executeScript = async (script) => void (await client.query(script));
    return adapter;
  };
  const wrapped = Object.create(factory) as SqlMigrationAwareDriverAdapterFactory;
  wrapped.connect = async () => wrap(await factory.connect());
  wrapped.connectToShadowDb = async () => wrap(await factory.connectToShadowDb());
  return wrapped;
}

/** Applies every migration not yet applied; returns the names applied now. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(runScriptsWhole(factory));
  try {
    const out = await engine.applyMigrations({ migrationsList: readMigrationList(), filters: { externalTables: [], externalEnums: [] } });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * Applies pending migrations to a PostgreSQL database over a one-connection pool of its own, ended afterwards. The
 * schema engine never hands its connection back until the pool drops it, and that session keeps the migration advisory
 * lock: migrating over a long-lived pool made the next process's migration of the same database (a worker starting
 * after `npm start` migrated) wait for the pool's 10 s idle timeout. A connection string keeps sslmode and the other
 * URL parameters an external server may need.
 */
export async function migrateDatabase(url: string): Promise<string[]> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    return await applyMigrations(new PrismaPg(pool));
  } finally {
    await pool.end();
  }
}
