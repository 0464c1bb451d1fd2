/** A running job's progress as this process knows it, and who may see it. */
export type LiveJob = { ownerId: number | null; status: string; phase: string | null; done: number; total: number; error: string | null };

const holder = globalThis as unknown as { __followlensLiveJobs?: Map<number, LiveJob> };
const live = (holder.__followlensLiveJobs ??= new Map());

/**
 * Progress kept in memory beside the jobs table: the embedded database has one connection, so while an import's
 * transaction holds it a progress poll answered from the table would wait for the whole import. The table is still
 * written between phases (and at the end), which is what survives a restart.
 */
export function setLiveJob(id: number, job: LiveJob) {
  live.set(id, job);
}

export function updateLiveJob(id: number, patch: Partial<LiveJob>) {
  const job = live.get(id);
  if (job) live.set(id, { ...job, ...patch });
}

export function getLiveJob(id: number): LiveJob | null {
  return live.get(id) ?? null;
}

export function forgetLiveJob(id: number) {
  live.delete(id);
}
