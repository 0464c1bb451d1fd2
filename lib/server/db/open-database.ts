import { PrismaClient } from "../generated/prisma/client";
import { openAdapter } from "./adapter";
import { readDatabaseConfig, type DatabaseConfig } from "./config";
import { applyMigrations } from "./migrate";

export type Database = { prisma: PrismaClient; config: DatabaseConfig; close: () => Promise<void> };

/** Opens the configured database; with `migrate`, applies pending migrations first through the same adapter. */
export async function openDatabase(options: { config?: DatabaseConfig; migrate?: boolean } = {}): Promise<Database> {
  const config = options.config ?? readDatabaseConfig();
  const factory = openAdapter(config);
  if (options.migrate) await applyMigrations(factory);
  const prisma = new PrismaClient({ adapter: factory });
  return { prisma, config, close: () => prisma.$disconnect() };
}
