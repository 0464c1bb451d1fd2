// The whole web path for a sample of the fuzz files, on a throwaway PostgreSQL database: stored as an upload,
// previewed by the worker, applied when the preview is ready (or refused at that point, and then discarded). A file that fails must leave the account's data as it
// was (relationships, snapshots, history, daily figures, events) and its stored file removed; a job that fails with
// anything but the import's own reason, or an import that never settles, is a crash.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ImportError } from "@/lib/domain/imports/types";
import { operatorScope, type AccountScope } from "@/lib/server/access/account-scope";
import { useDatabase } from "@/lib/server/db";
import { openDatabase, type Database } from "@/lib/server/db/open-database";
import { closeQueue } from "@/lib/server/jobs/queue";
import { startWorker, type Worker } from "@/lib/server/jobs/start-worker";
import { createImport } from "@/lib/server/imports/create-import";
import { confirmImport, discardImport, ImportStateError } from "@/lib/server/imports/decide-import";
import { jobHandlers } from "@/lib/server/worker/job-handlers";
import { createThrowawayDatabase } from "@/test/local-database";

export type DbOutcome = { result: "applied" | "duplicate" | "failed" | "held" | "refused"; partialWrite: boolean; crash: string | null };

const SETTLE_MS = 120_000;

export class DbCheck {
  private constructor(
    private readonly database: Database,
    private readonly drop: () => Promise<void>,
    private readonly worker: Worker,
    private readonly scope: AccountScope,
    private readonly uploads: string,
  ) {}

  static async open(serverUrl: string): Promise<DbCheck> {
    const uploads = mkdtempSync(path.join(os.tmpdir(), "followlens-fuzz-uploads-"));
    process.env.FOLLOWLENS_UPLOAD_DIR = uploads;
    process.env.FOLLOWLENS_JOB_POLL_SECONDS ??= "0.5";
    const throwaway = await createThrowawayDatabase(serverUrl, "followlens_fuzz");
    const database = await openDatabase({ config: { url: throwaway.url, embedded: false }, migrate: true });
    useDatabase(database.prisma, throwaway.url);
    const owner = await database.prisma.user.create({ data: { email: "fuzz@test.local", passwordHash: "x" } });
    await database.prisma.trackedAccount.create({ data: { ownerId: owner.id, handle: "fuzz.creator", handleKey: "fuzz.creator" } });
    const worker = await startWorker({ prisma: database.prisma, url: throwaway.url, handlers: jobHandlers, concurrency: 2 });
    const check = new DbCheck(database, throwaway.drop, worker, await operatorScope("fuzz.creator"), uploads);
    // Earlier data that a failed import must leave untouched.
    const baseline = JSON.stringify({ Activity: { "Follower List": { FansList: ["keep_a", "keep_b", "keep_c"].map((UserName) => ({ UserName, Date: "2025-01-02 10:00:00" })) } } });
    const first = await check.run("user_data_tiktok.json", new TextEncoder().encode(baseline));
    if (first.result !== "applied") throw new Error(`the baseline import did not apply (${first.crash ?? first.result})`);
    return check;
  }

  /** Uploads `bytes` as `name`, applies it if its preview is ready, and judges what it left behind. */
  async run(name: string, bytes: Uint8Array): Promise<DbOutcome> {
    const before = await this.fingerprint();
    const since = new Date();
    let importId: number;
    try {
      const created = await createImport(this.scope, { origin: "upload", fileName: name, body: once(bytes), createdById: null, autoApply: false });
      if (created.status === "duplicate") return { result: "duplicate", partialWrite: (await this.fingerprint()) !== before, crash: null };
      importId = created.importId;
    } catch (error) {
      if (error instanceof ImportError) return this.judge("failed", before, since);
      return { result: "failed", partialWrite: false, crash: `upload: ${String(error).slice(0, 300)}` };
    }
    let status = await this.settle(importId, ["parsing"]);
    if (status === "ready") {
      try {
        await confirmImport(this.scope, importId);
      } catch (error) {
        if (!(error instanceof ImportStateError)) throw error;
        // Refused with its reason while it waits (a snapshot time already taken): the creator would discard it.
        await discardImport(this.scope, importId);
        return this.judge("refused", before, since);
      }
      status = await this.settle(importId, ["applying"]);
    }
    await this.idle();
    if (status === "applied") return this.judge(status, null, since);
    if (status === "failed" || status === "held") return this.judge(status, before, since);
    return { result: "failed", partialWrite: false, crash: `the import ended as "${status}"` };
  }

  /** Files the upload folder still holds (a failed or applied import keeps none). */
  leftoverFiles(): number {
    return readdirSync(this.uploads).length;
  }

  async close(): Promise<void> {
    await this.worker.stop({ graceful: false });
    await closeQueue();
    await this.database.close();
    await this.drop();
    rmSync(this.uploads, { recursive: true, force: true });
  }

  private async judge(result: DbOutcome["result"], before: string | null, since: Date): Promise<DbOutcome> {
    const failedJobs = await this.database.prisma.job.findMany({ where: { status: "failed", createdAt: { gte: since } }, select: { kind: true, error: true } });
    const crash = failedJobs.length ? `job ${failedJobs[0]!.kind} failed: ${failedJobs[0]!.error?.slice(0, 300)}` : null;
    return { result, partialWrite: before !== null && (await this.fingerprint()) !== before, crash };
  }

  private async settle(importId: number, passing: string[]): Promise<string> {
    const deadline = Date.now() + SETTLE_MS;
    for (;;) {
      const row = await this.database.prisma.import.findUniqueOrThrow({ where: { id: importId }, select: { status: true } });
      if (!passing.includes(row.status) || Date.now() > deadline) return row.status;
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits for the follow-up jobs (rescoring, detection) so the next file starts from settled data. */
  private async idle(): Promise<void> {
    const deadline = Date.now() + SETTLE_MS;
    while (Date.now() < deadline && (await this.database.prisma.job.count({ where: { status: { in: ["queued", "running"] } } })) > 0) {
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** What a failed import must not change: every count of the account's follower data, and its snapshots. */
  private async fingerprint(): Promise<string> {
    const where = { trackedAccountId: this.scope.trackedAccountId };
    const p = this.database.prisma;
    const [relationships, intervals, daily, events, snapshots] = await Promise.all([
      p.relationship.count({ where }),
      p.followInterval.count({ where }),
      p.dailyStat.count({ where }),
      p.followEvent.count({ where }),
      p.snapshot.findMany({ where, select: { id: true, followerCount: true, followingCount: true }, orderBy: { id: "asc" } }),
    ]);
    return JSON.stringify({ relationships, intervals, daily, events, snapshots });
  }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
