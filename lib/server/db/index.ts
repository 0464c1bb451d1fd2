import "server-only";
import { PrismaClient } from "../generated/prisma/client";
import { openAdapter } from "./adapter";
import { readDatabaseConfig } from "./config";

const holder = globalThis as unknown as { __followlensDb?: PrismaClient; __followlensDbUrl?: string };

/** The process's one Prisma client, opened on first use from DATABASE_URL (or the running embedded server). */
export function db(): PrismaClient {
  holder.__followlensDb ??= new PrismaClient({ adapter: openAdapter(readDatabaseConfig()) });
  return holder.__followlensDb;
}

/** The URL of the database the data layer uses (the job queue opens its own small pool on it). */
export function databaseUrl(): string {
  holder.__followlensDbUrl ??= readDatabaseConfig().url;
  return holder.__followlensDbUrl;
}

/** Scripts and tests that opened a database themselves make the data layer (and, given its URL, the queue) use it. */
export function useDatabase(prisma: PrismaClient, url?: string) {
  holder.__followlensDb = prisma;
  if (url) holder.__followlensDbUrl = url;
}
