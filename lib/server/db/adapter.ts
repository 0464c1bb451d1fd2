import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig } from "./config";

export type OpenedAdapter = {
  factory: PrismaPg | PrismaPGlite;
  close: () => Promise<void>;
};

/** PostgreSQL connection fields kept separate: a connectionString would override the shadow database's name. */
export function pgConnectionFields(url: string) {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username || "postgres"),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1) || "postgres"),
  };
}

export function openAdapter(config: DatabaseConfig): OpenedAdapter {
  if (config.kind === "postgres") {
    return { factory: new PrismaPg({ ...pgConnectionFields(config.url), max: 10 }), close: async () => {} };
  }
  // PGlite does not create parent folders.
  if (config.dataDir) mkdirSync(config.dataDir, { recursive: true });
  const pglite = config.dataDir ? new PGlite(config.dataDir) : new PGlite();
  return {
    factory: new PrismaPGlite(pglite),
    close: async () => {
      if (!pglite.closed) await pglite.close();
    },
  };
}
