// Two web instances and two workers on one PostgreSQL database, as a team that outgrew one machine runs Followlens:
// progress is answered by any instance, a worker killed in the middle of an apply has its job taken over by the other
// (exactly one snapshot, exact counts, the takeover in the job's history), an API rate limit spent on one instance
// holds on the other, and restarting one process does not touch work another holds.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { assertLocal, dropDatabase, recreateDatabase, testPostgresUrl } from "../test/local-database";
import { startWeb, startWorkerProcess, stopProcess, waitUntil, type Proc } from "../scripts/cluster/processes";

const FOLLOWERS = 150_000;
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 3101) + 100;
const PORTS = [PORT_BASE, PORT_BASE + 1] as const;

test.describe.configure({ mode: "serial" });

let dir: string;
let dbName: string;
let db: pg.Client;
let env: Record<string, string>;
let token: string;
const procs: Proc[] = [];

test.beforeAll(async ({}, info) => {
  test.skip(info.project.name !== "postgres", "runs once, on the machine's PostgreSQL");
  test.setTimeout(240_000);
  assertLocal(testPostgresUrl());
  dbName = `followlens_scale_${process.pid}`;
  const url = new URL(await recreateDatabase(testPostgresUrl(), dbName));
  dir = mkdtempSync(path.join(os.tmpdir(), "followlens-scale-"));
  const out = execFileSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "e2e/scale/prepare-cluster.ts", url.toString(), path.join(dir, "export.zip"), String(FOLLOWERS)], { encoding: "utf8" });
  token = (JSON.parse(out.trim().split("\n").pop()!) as { token: string }).token;
  db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  env = {
    DATABASE_URL: url.toString(),
    NEXTAUTH_SECRET: "scale-out-e2e-secret",
    NEXT_TELEMETRY_DISABLED: "1",
    // one folder shared by every instance: a file uploaded to one web instance is read by whichever worker takes it
    FOLLOWLENS_UPLOAD_DIR: path.join(dir, "uploads"),
    FOLLOWLENS_JOB_LEASE_SECONDS: "10",
    FOLLOWLENS_JOB_SUPERVISE_SECONDS: "2",
    FOLLOWLENS_JOB_POLL_SECONDS: "0.5",
    FOLLOWLENS_API_RATE_PER_MINUTE: "6",
    FOLLOWLENS_API_RATE_BURST: "30",
  };
  for (const port of PORTS) procs.push(startWeb(port, { ...env, NEXTAUTH_URL: `http://localhost:${port}` }));
  procs.push(startWorkerProcess("worker-1", env), startWorkerProcess("worker-2", env));
  for (const port of PORTS) await waitUntil(`web ${port}`, async () => (await fetch(`http://localhost:${port}/signin`)).ok, 60_000);
  await waitUntil("two workers", async () => procs.filter((p) => p.name.startsWith("worker") && p.output.join("").includes("running")).length === 2, 60_000);
});

test.afterAll(async () => {
  if (!dbName) return;
  for (const proc of procs) await stopProcess(proc, "SIGKILL");
  await db?.end();
  await dropDatabase(testPostgresUrl(), dbName);
  rmSync(dir, { recursive: true, force: true });
});

const api = (port: number, route: string, init: RequestInit = {}) =>
  fetch(`http://localhost:${port}${route}`, { ...init, headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });

async function push(port: number, file: string): Promise<number> {
  const response = await api(port, "/api/v1/accounts/scale.out/snapshots", { method: "POST", headers: { "content-type": "application/zip" }, body: await readFile(file) });
  expect(response.status).toBe(202);
  return ((await response.json()) as { import: { id: number } }).import.id;
}

type ApplyJob = { id: number; status: string; worker_id: string | null; attempts: number; done: number; total: number };
const applyJob = async (importId: number) =>
  (await db.query<ApplyJob>(`SELECT id, status, worker_id, attempts, done, total FROM jobs WHERE kind = 'apply-import' AND (payload->>'importId')::int = $1`, [importId])).rows[0];
const importStatus = async (importId: number) => (await db.query<{ status: string }>(`SELECT status FROM imports WHERE id = $1`, [importId])).rows[0]?.status;
const workerProc = (workerId: string) => procs.find((p) => p.name.startsWith("worker") && p.child.pid === Number(workerId.split(":").at(-2)) && p.child.exitCode === null);

test("a worker killed mid-apply: the other takes the job over; progress shows on the other web instance", async () => {
  test.setTimeout(240_000);
  const importId = await push(PORTS[0], path.join(dir, "export.zip"));
  // The apply is running and has written rows: kill -9 the worker that holds it.
  const running = await waitUntil("the apply to be under way", async () => {
    const job = await applyJob(importId);
    return job?.status === "running" && job.done > 0 && job.worker_id ? job : null;
  }, 120_000, 50);
  const victim = workerProc(running.worker_id!);
  expect(victim, `a live worker process for ${running.worker_id}`).toBeTruthy();
  victim!.child.kill("SIGKILL");
  // The other web instance answers the same progress from the jobs table: the job stays the dead worker's until its
  // lease (10 s here) lapses. (Asked after the kill: a live worker can finish 150,000 rows before the answer comes.)
  const seen = (await (await api(PORTS[1], `/api/v1/imports/${importId}`)).json()) as { import: { status: string }; job: { status: string; phase: string; total: number } };
  expect(seen.import.status).toBe("applying");
  expect(seen.job).toMatchObject({ status: "running" });
  expect(seen.job.total).toBeGreaterThan(0);

  // Polled in the database: the token's rate limit (6 a minute here) is kept for the requests that matter.
  await waitUntil("the import to be applied by the other worker", async () => importStatus(importId).then((s) => s === "applied"), 180_000, 500);
  const applied = ((await (await api(PORTS[1], `/api/v1/imports/${importId}`)).json()) as { import: { status: string; followers: number } }).import;
  expect(applied.status).toBe("applied");
  const snapshots = await db.query<{ n: number; followers: number }>(`SELECT count(*)::int AS n, max(follower_count) AS followers FROM snapshots`);
  expect(snapshots.rows[0]).toEqual({ n: 1, followers: FOLLOWERS });
  expect((await db.query(`SELECT count(*)::int AS n FROM relationships WHERE follower_since IS NOT NULL`)).rows[0]).toEqual({ n: FOLLOWERS });
  expect(applied.followers).toBe(FOLLOWERS);
  const job = (await applyJob(importId))!;
  expect(job.status).toBe("done");
  expect(job.attempts).toBe(2);
  expect(job.worker_id).not.toBe(running.worker_id);
  const events = (await db.query<{ event: string; worker_id: string; detail: string | null }>(`SELECT event, worker_id, detail FROM job_events WHERE job_id = $1 ORDER BY id`, [job.id])).rows;
  expect(events.map((e) => e.event)).toEqual(["started", "taken-over", "done"]);
  expect(events[1]!.detail).toContain(running.worker_id!);
  procs.push(startWorkerProcess("worker-3", env));
});

test("restarting a web instance and starting a worker do not touch a job another worker holds", async () => {
  test.setTimeout(180_000);
  const importId = await push(PORTS[1], path.join(dir, "export-2.zip"));
  const running = await waitUntil("the second apply to be under way", async () => {
    const job = await applyJob(importId);
    return job?.status === "running" && job.worker_id ? job : null;
  }, 120_000, 50);
  const web = procs.find((p) => p.name === `web:${PORTS[0]}`)!;
  await stopProcess(web);
  procs.push(startWeb(PORTS[0], { ...env, NEXTAUTH_URL: `http://localhost:${PORTS[0]}` }), startWorkerProcess("worker-4", env));
  await waitUntil("the restarted web instance", async () => (await fetch(`http://localhost:${PORTS[0]}/signin`)).ok, 60_000);
  await waitUntil("the second import to be applied", async () => (await applyJob(importId))?.status === "done", 180_000, 500);
  const job = (await applyJob(importId))!;
  expect(job).toMatchObject({ attempts: 1, worker_id: running.worker_id });
  const events = (await db.query<{ event: string }>(`SELECT event FROM job_events WHERE job_id = $1 ORDER BY id`, [job.id])).rows.map((e) => e.event);
  expect(events).toEqual(["started", "done"]);
  expect((await db.query(`SELECT count(*)::int AS n FROM snapshots`)).rows[0]).toEqual({ n: 2 });
});

test("an API rate limit spent on one web instance holds on the other", async () => {
  let limited: Response | null = null;
  for (let i = 0; i < 40 && !limited; i++) {
    const response = await api(PORTS[0], "/api/v1/imports/1");
    if (response.status === 429) limited = response;
  }
  expect(limited, "instance 1 ends the burst with 429").toBeTruthy();
  const other = await api(PORTS[1], "/api/v1/imports/1");
  expect(other.status).toBe(429);
  expect(Number(other.headers.get("retry-after"))).toBeGreaterThan(0);
});
