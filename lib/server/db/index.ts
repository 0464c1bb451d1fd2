import "server-only";
import { PrismaClient } from "../generated/prisma/client";
import { openAdapter } from "./adapter";
import { readDatabaseConfig } from "./config";

const holder = globalThis as unknown as { __followlensDb?: PrismaClient };

/** The process's one Prisma client, opened on first use from DATABASE_URL (or the running embedded server). */
export function db(): PrismaClient {
  holder.__followlensDb ??= new PrismaClient({ adapter: openAdapter(readDatabaseConfig()) });
  return holder.__followlensDb;
}

/** Scripts and tests that opened a database themselves make the data layer use it. */
export function useDatabase(prisma: PrismaClient) {
  holder.__followlensDb = prisma;
}
