import { spawnSync } from "node:child_process";
import path from "node:path";
import type { DatabaseConfig } from "../../lib/server/db/config";

const tsx = ["--import", "tsx", "--conditions=react-server"];

function lastJsonLine(child: ReturnType<typeof spawnSync>, what: string): Record<string, number | string | null> {
  if (child.status !== 0) throw new Error(`${what} failed:\n${String(child.stderr)}`);
  return JSON.parse(String(child.stdout).trim().split("\n").pop()!) as Record<string, number | string | null>;
}

/** The parse stage alone, in a fresh process: seconds, rows and memory above that process's own baseline. */
export function runParseChild(zip: string) {
  const child = spawnSync(process.execPath, ["--expose-gc", ...tsx, path.join(import.meta.dirname, "parse-child.ts"), zip, "ours"], { encoding: "utf8", maxBuffer: 1 << 20 });
  return lastJsonLine(child, "parse") as { seconds: number; rows: number; baseRss: number; peakRss: number; baseHeap: number; peakHeap: number };
}

/** A whole import (store, preview, apply) into a fresh database, in a process of its own, as the server runs it. */
export function runImportChild(zip: string, config: DatabaseConfig) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } as NodeJS.ProcessEnv;
  env.DATABASE_URL = config.url;
  const child = spawnSync(process.execPath, [...tsx, path.join(import.meta.dirname, "import-child.ts"), zip], { encoding: "utf8", env, maxBuffer: 1 << 20 });
  return lastJsonLine(child, "import") as { status: string; error: string | null; store: number; preview: number; apply: number; total: number; baselineRss: number; peakRss: number };
}
