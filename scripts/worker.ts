// `npm run worker`: one more worker on the same database (DATABASE_URL, or the embedded PostgreSQL a running
// `npm start` of this checkout holds). `npm start` runs one of these beside the web server.
import { closeQueue } from "../lib/server/jobs/queue";
import { startWorker } from "../lib/server/jobs/start-worker";
import { jobHandlers } from "../lib/server/worker/job-handlers";
import { runMaintenance } from "../lib/server/worker/maintenance";
import { isTransientError } from "../lib/server/jobs/transient-error";
import { describeFailure, exitWithFailure, openScriptDatabase } from "./run-script";

// A worker started while its database is down or restarting (a process manager bringing both up) waits for it.
const waitSeconds = Number(process.env.FOLLOWLENS_WORKER_WAIT_SECONDS ?? 60);

async function whenReachable<T>(open: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + waitSeconds * 1000;
  for (let said = false; ; said = true) {
    try {
      return await open();
    } catch (error) {
      if (!isTransientError(error) || Date.now() > deadline) throw error;
      if (!said) console.error(`Waiting for the database (${describeFailure(error)})`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

try {
  const database = await whenReachable(() => openScriptDatabase({ migrate: true }));
  const concurrency = Number(process.env.FOLLOWLENS_WORKER_CONCURRENCY) || 2;
  const worker = await whenReachable(() => startWorker({ prisma: database.prisma, url: database.config.url, handlers: jobHandlers, concurrency, maintenance: runMaintenance }));
  console.log(`Worker ${worker.id} running (${concurrency} accounts at a time)`);
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      // A graceful stop lets running jobs finish (up to 30 s); what is cut is retried elsewhere after its lease.
      void worker.stop({ graceful: true }).then(closeQueue).then(database.close).finally(() => process.exit(0));
    });
  }
} catch (error) {
  exitWithFailure(error);
}
