// The web server on every core: `next start` in FOLLOWLENS_WEB_PROCESSES processes (default one per core, at most
// four) sharing one port through node:cluster, so no balancer in front is needed on one machine. The web is
// stateless (sessions are signed cookies; limits, progress and uploads live in the database and the upload folder),
// so any process can answer any request. A process that dies is replaced; SIGINT/SIGTERM stop them all.
import cluster, { type Worker } from "node:cluster";
import { createRequire } from "node:module";
import os from "node:os";
import { webProcessCount } from "../lib/server/startup/check-environment";

const port = process.env.PORT || "3000";
const count = webProcessCount(process.env, os.availableParallelism());
if (typeof count === "string") {
  console.error(`Followlens cannot start: ${count}`);
  process.exit(1);
}

cluster.setupPrimary({
  exec: createRequire(import.meta.url).resolve("next/dist/bin/next"),
  args: ["start", "-p", port],
  execArgv: [],
  // Only the first process's "Ready" banner is shown; every process's errors are.
  silent: true,
});

let stopping = false;
const recentDeaths: number[] = [];

function fork(first: boolean): Worker {
  const worker = cluster.fork();
  if (first) worker.process.stdout?.pipe(process.stdout);
  else worker.process.stdout?.resume();
  worker.process.stderr?.pipe(process.stderr);
  worker.on("exit", (code, signal) => {
    // Exit 0 is a process that was asked to stop (Ctrl-C reaches every process of the terminal's group).
    if (stopping || (code === 0 && !signal)) return;
    const now = Date.now();
    recentDeaths.push(now);
    while (recentDeaths[0]! < now - 60_000) recentDeaths.shift();
    if (recentDeaths.length > 5) {
      console.error(`Web processes keep stopping (${recentDeaths.length} in a minute, the last with ${signal ?? `exit ${code}`}): giving up.`);
      void stop(1);
      return;
    }
    console.error(`A web process stopped (${signal ?? `exit ${code}`}); starting another.`);
    fork(false);
  });
  return worker;
}

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w && !w.isDead());
  const exited = Promise.all(workers.map((w) => new Promise((resolve) => w.once("exit", resolve))));
  for (const w of workers) w.process.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
for (let i = 0; i < count; i++) fork(i === 0);
