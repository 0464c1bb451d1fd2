import path from "node:path";

export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string | null };

/** No DATABASE_URL: the embedded PGlite in a local folder. `memory:` keeps PGlite in memory (tests). */
export function readDatabaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url && /^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
  if (url === "memory:") return { kind: "pglite", dataDir: null };
  if (url) throw new Error(`DATABASE_URL must start with postgresql:// (got "${url.slice(0, 20)}…")`);
  const dir = env.PGLITE_DIR?.trim() || path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "pglite");
  // Resolved at run time from configuration: nothing for the bundler to trace.
  return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ dir) };
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === "postgres") return `PostgreSQL at ${new URL(config.url).host}${new URL(config.url).pathname}`;
  return config.dataDir ? `embedded PGlite in ${config.dataDir}` : "embedded PGlite in memory";
}
