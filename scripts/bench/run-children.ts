import { spawn, spawnSync } from "node:child_process";
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

type ImportFigures = { status: string; error: string | null; store: number; preview: number; apply: number; total: number; baselineRss: number; peakRss: number };

function importArgs(zip: string, config: DatabaseConfig, mode: "auto" | "confirm") {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } as NodeJS.ProcessEnv;
  env.DATABASE_URL = config.url;
  return { args: [...tsx, path.join(import.meta.dirname, "import-child.ts"), zip, mode], env };
}

/**
 * A whole import (store, preview, apply) into a fresh database, in a process of its own, as the server runs it:
 * `auto` goes straight on (an API push), `confirm` waits as "ready" and is applied the way a creator's click does.
 */
export function runImportChild(zip: string, config: DatabaseConfig, mode: "auto" | "confirm" = "auto") {
  const { args, env } = importArgs(zip, config, mode);
  const child = spawnSync(process.execPath, args, { encoding: "utf8", env, maxBuffer: 1 << 20 });
  return lastJsonLine(child, "import") as ImportFigures;
}

/** The same import, running beside this process (to measure pages while it runs). */
export function startImportChild(zip: string, config: DatabaseConfig): Promise<ImportFigures> {
  const { args, env } = importArgs(zip, config, "auto");
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve, reject) =>
    child.once("exit", (status) => {
      try {
        resolve(lastJsonLine({ status, stdout, stderr } as ReturnType<typeof spawnSync>, "import") as ImportFigures);
      } catch (error) {
        reject(error);
      }
    }),
  );
}
