import { PgBoss } from "pg-boss";

/** Per-account work (imports, rescoring, detection): a singleton queue, one active job per account across workers. */
export const ACCOUNT_QUEUE = "account-jobs";
/** Work that belongs to no account (webhook deliveries). */
export const GLOBAL_QUEUE = "global-jobs";
/** The once-a-minute tick (dispatch sweep, due webhook retries, stale scores), scheduled by pg-boss's cron. */
export const MAINTENANCE_QUEUE = "maintenance";

const seconds = (name: string, fallback: number, min: number) => Math.max(min, Number(process.env[name]) || fallback);

/**
 * A worker refreshes its lease every lease/4 seconds; a job whose lease lapses (the worker died or hangs) is failed
 * and retried by a supervisor, which any worker runs every FOLLOWLENS_JOB_SUPERVISE_SECONDS.
 */
export const jobTiming = () => ({
  leaseSeconds: seconds("FOLLOWLENS_JOB_LEASE_SECONDS", 60, 10),
  superviseSeconds: seconds("FOLLOWLENS_JOB_SUPERVISE_SECONDS", 30, 1),
  pollSeconds: seconds("FOLLOWLENS_JOB_POLL_SECONDS", 2, 0.5),
});

export type QueueRole = "web" | "worker";

/** A pg-boss instance on its own small pool. Web instances only send; workers also supervise and run schedules. */
export async function openQueue(url: string, role: QueueRole): Promise<PgBoss> {
  const { superviseSeconds } = jobTiming();
  const boss = new PgBoss({
    connectionString: url,
    application_name: `followlens-${role}`,
    max: role === "web" ? 2 : 4,
    supervise: role === "worker",
    schedule: role === "worker",
    superviseIntervalSeconds: superviseSeconds,
    useListenNotify: true,
    persistWarnings: false,
  });
  boss.on("error", (error) => console.error(`job queue: ${describeQueueError(error)}`));
  await boss.start();
  await createQueues(boss);
  return boss;
}

async function createQueues(boss: PgBoss) {
  const { leaseSeconds } = jobTiming();
  // Handlers are safe to run again from the start, so a failed attempt (a lapsed lease, a lost connection) is
  // retried after 10 s, 20 s, 40 s. Expiry is a backstop only; the lease is what detects a dead worker.
  const common = { heartbeatSeconds: leaseSeconds, retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 6 * 3600 };
  const existing = new Set((await boss.getQueues()).map((q) => q.name));
  const create = async (name: string, options: Parameters<PgBoss["createQueue"]>[1]) => {
    if (existing.has(name)) return;
    // Two workers starting together may both try: the second one's "exists" is fine.
    await boss.createQueue(name, options).catch((error: unknown) => {
      if (!/exists|duplicate/i.test(String(error))) throw error;
    });
  };
  await create(ACCOUNT_QUEUE, { ...common, policy: "singleton" });
  await create(GLOBAL_QUEUE, common);
  await create(MAINTENANCE_QUEUE, { policy: "short", retryLimit: 0, expireInSeconds: 600 });
}

const holder = globalThis as unknown as { __followlensQueue?: { url: string; boss: Promise<PgBoss> } };

/** This process's sending queue for a database (web instances, scripts). */
export function queueFor(url: string): Promise<PgBoss> {
  if (holder.__followlensQueue?.url !== url) {
    const boss = openQueue(url, "web");
    boss.catch(() => (holder.__followlensQueue = undefined));
    holder.__followlensQueue = { url, boss };
  }
  return holder.__followlensQueue.boss;
}

/** Closes this process's sending queue (tests, scripts that exit). */
export async function closeQueue() {
  const current = holder.__followlensQueue;
  holder.__followlensQueue = undefined;
  if (current) await (await current.boss).stop({ graceful: false, close: true });
}

/** pg-boss reports some failures as plain objects (a failed query's row, say): one readable line either way. */
function describeQueueError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object") return (error as { message?: string }).message ?? JSON.stringify(error).slice(0, 300);
  return String(error);
}
