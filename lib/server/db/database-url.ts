import { readDatabaseConfig } from "./config";

const holder = globalThis as unknown as { __followlensDbUrl?: string };

/** The URL of the database this process's data layer uses (the queue opens its own small pool on it). */
export function databaseUrl(): string {
  holder.__followlensDbUrl ??= readDatabaseConfig().url;
  return holder.__followlensDbUrl;
}

/** Scripts and tests that opened a database themselves point the queue at it too. */
export function useDatabaseUrl(url: string) {
  holder.__followlensDbUrl = url;
}
