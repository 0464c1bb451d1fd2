import type { PrismaClient } from "../generated/prisma/client";

/** Progress between steps: written to the jobs table (every instance answers it from there). */
export type JobProgress = (phase: string, done: number, total: number) => Promise<void>;
/** Progress from inside a long statement loop: written behind the caller's back, throttled, never awaited. */
export type LiveProgress = (phase: string, done: number, total: number) => void;
export type JobRef = { id: number; trackedAccountId: number | null; payload: unknown };
export type JobHandler = (prisma: PrismaClient, job: JobRef, progress: JobProgress, live: LiveProgress) => Promise<void>;
/** The queue knows handlers by kind name only; the worker process hands it this map. */
export type JobHandlers = Record<string, JobHandler>;
