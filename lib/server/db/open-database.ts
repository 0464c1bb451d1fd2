import { PrismaClient } from "../generated/prisma/client";
import { openAdapter } from "./adapter";
import { readDatabaseConfig, type DatabaseConfig } from "./config";
import { migrateDatabase } from "./migrate";

export type Database = { prisma: PrismaClient; config: DatabaseConfig; close: () => Promise<void> };

/** Opens the configured database; with `migrate`, applies pending migrations first (over a connection of their own). */
export async function openDatabase(options: { config?: DatabaseConfig; migrate?: boolean } = {}): Promise<Database> {
  const config = options.config ?? readDatabaseConfig();
  if (options.migrate) await migrateDatabase(config.url);
  const prisma = new PrismaClient({ adapter: openAdapter(config) });
  return { prisma, config, close: () => prisma.$disconnect() };
}
