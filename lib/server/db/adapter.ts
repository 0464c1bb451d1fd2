import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseConfig } from "./config";

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

/** Prisma's pool per process; FOLLOWLENS_DB_POOL sizes it (web instances × pool + workers must fit max_connections). */
export function openAdapter(config: DatabaseConfig): PrismaPg {
  const max = Number(process.env.FOLLOWLENS_DB_POOL) || 10;
  return new PrismaPg({ ...pgConnectionFields(config.url), max, connectionTimeoutMillis: 10_000 });
}
