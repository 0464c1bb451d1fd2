import { spawn, type ChildProcess } from "node:child_process";
import { chownSync, closeSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { Binaries, RunAs } from "./postgres-binaries";

const READY_WITHIN_MS = 120_000;
const owned = (runAs: RunAs) => (runAs ? { uid: runAs.uid, gid: runAs.gid } : {});

/** Runs initdb for a new cluster; rejects with what initdb said (no space left, permission denied…). */
export async function initCluster(bin: Binaries, runAs: RunAs, dataDir: string, user: string, password: string): Promise<void> {
  const pwfile = path.join(os.tmpdir(), `followlens-pg-${process.pid}-${Date.now()}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (runAs) chownSync(pwfile, runAs.uid, runAs.gid);
  try {
    const args = [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${user}`, `--pwfile=${pwfile}`, "--encoding=UTF8", "--locale=C.UTF-8", "--lc-messages=C"];
    const { code, output } = await run(bin.initdb, args, runAs);
    if (code !== 0) throw new Error(lastLine(output) || `initdb exited with ${code}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

function run(file: string, args: string[], runAs: RunAs): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...owned(runAs), env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", (error) => reject(new Error(`cannot run ${path.basename(file)}: ${error.message}`)));
    child.once("close", (code) => resolve({ code, output }));
  });
}

export type ServerProcess = { child: ChildProcess; stop: () => Promise<void> };

/**
 * Starts the server in a process group of its own (a Ctrl-C in the terminal reaches the processes that use it, which
 * stop first, not PostgreSQL itself), its log appended to `logFile`, and waits until it accepts connections.
 */
export async function startServer(bin: Binaries, runAs: RunAs, dataDir: string, port: number, adminUrl: string, logFile: string): Promise<ServerProcess> {
  const log = openSync(logFile, "a");
  const logStart = readSize(logFile);
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"];
  const child = spawn(bin.postgres, ["-D", dataDir, "-p", String(port), ...flags], {
    ...owned(runAs),
    env: { ...process.env, LC_MESSAGES: "C" },
    stdio: ["ignore", log, log],
    detached: true,
  });
  closeSync(log);
  child.unref();
  let failed: string | null = null;
  child.once("error", (error) => (failed = `cannot run postgres: ${error.message}`));
  child.once("exit", (code, signal) => (failed ??= problemIn(logFile, logStart) ?? `postgres exited (${signal ?? code})`));
  const deadline = Date.now() + READY_WITHIN_MS;
  for (;;) {
    if (failed) throw new Error(failed);
    if (await accepts(adminUrl)) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`it did not accept connections within ${READY_WITHIN_MS / 1000} s (see ${logFile})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        // SIGINT: PostgreSQL's fast shutdown (sessions are ended, the data is written out).
        child.kill("SIGINT");
      }),
  };
}

async function accepts(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch (error) {
    // Up, but refusing for a moment (starting up, recovering after a crash): not ready yet either.
    void error;
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function readSize(file: string): number {
  try {
    return readFileSync(file).length;
  } catch {
    return 0;
  }
}

/** The most telling line PostgreSQL wrote since `from`: a FATAL/PANIC/ERROR, else the last one. */
function problemIn(logFile: string, from: number): string | null {
  try {
    return lastLine(readFileSync(logFile).subarray(from).toString()) || null;
  } catch {
    return null;
  }
}

export function lastLine(output: string): string {
  const lines = output.split("\n").map((l) => l.trim()).filter(Boolean);
  const bad = [...lines].reverse().find((l) => /FATAL|PANIC|ERROR|No space|could not|Permission denied/i.test(l));
  // PostgreSQL's own prefix (time, pid) says nothing to the operator.
  return (bad ?? lines.at(-1) ?? "").replace(/^\d{4}-\d\d-\d\d [\d:.]+ \w+ \[\d+\]\s*/, "").slice(0, 400);
}
