import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { operatorScope, type AccountScope } from "../access/account-scope";
import { runJobsUntilIdle } from "../worker/run-jobs-until-idle";
import { createImport } from "./create-import";
import { confirmImport, discardImport, requestSnapshotDeletion } from "./decide-import";
import { getImport } from "./get-import";

let database: Database;
let uploads: string;
let seq = 0;

beforeAll(async () => {
  uploads = mkdtempSync(path.join(os.tmpdir(), "followlens-uploads-"));
  process.env.FOLLOWLENS_UPLOAD_DIR = uploads;
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
  rmSync(uploads, { recursive: true, force: true });
});

async function newAccount(): Promise<AccountScope> {
  seq += 1;
  const owner = await database.prisma.user.create({ data: { email: `imports${seq}@test.local`, passwordHash: "x" } });
  const handle = `importer_${seq}`;
  await database.prisma.trackedAccount.create({ data: { ownerId: owner.id, handle, handleKey: handle } });
  return operatorScope(handle);
}

/** A TikTok JSON export in the 2025+ layout, with follow dates one day apart. */
function tiktokJson(followers: string[], following: string[], followerCount?: number) {
  const entry = (name: string, i: number) => ({ Date: `2026-03-${String(1 + (i % 27)).padStart(2, "0")} 10:00:00`, UserName: name });
  return JSON.stringify({
    "Profile And Settings": {
      "Profile Info": { ProfileMap: { userName: "me", followerCount: followerCount ?? followers.length, followingCount: following.length } },
      Follower: { FansList: followers.map(entry) },
      Following: { Following: following.map(entry) },
    },
  });
}

async function upload(scope: AccountScope, text: string, options: { name?: string; autoApply?: boolean; takenAt?: Date } = {}) {
  const created = await createImport(scope, {
    origin: "cli",
    fileName: options.name ?? "user_data_tiktok.json",
    body: (async function* () {
      yield Buffer.from(text);
    })(),
    createdById: null,
    autoApply: options.autoApply ?? false,
    takenAt: options.takenAt,
  });
  await runJobsUntilIdle(database.prisma);
  return (await getImport(scope, created.importId))!;
}

async function apply(scope: AccountScope, importId: number, takenAt?: Date) {
  await confirmImport(scope, importId, takenAt);
  await runJobsUntilIdle(database.prisma);
  return (await getImport(scope, importId))!;
}

const followerKeys = async (scope: AccountScope) =>
  (await database.prisma.relationship.findMany({ where: { trackedAccountId: scope.trackedAccountId, followerSince: { not: null } }, orderBy: { handleKey: "asc" } })).map((r) => r.handleKey);

const names = (n: number, prefix = "fan") => Array.from({ length: n }, (_, i) => `${prefix}_${i}`);
const day = (d: number) => new Date(Date.UTC(2026, 3, d, 12));

describe("importing an export", () => {
  it("previews, then applies on confirmation, then rescoring and the detectors follow", async () => {
    const scope = await newAccount();
    const view = await upload(scope, tiktokJson(["Anna", "bob", "cy"], ["bob", "dee"]), { takenAt: day(1) });
    expect(view).toMatchObject({ status: "ready", format: "tiktok-json", followers: 3, following: 2 });
    expect(view.preview).toMatchObject({ newFollowers: 3, lostFollowers: 0, newFollowing: 2, lostFollowing: 0, partial: null, insertsBefore: null });
    expect(view.warnings).toContain(`This export's profile is @me, not @${scope.handle}: check that you picked the right handle.`);
    expect(await followerKeys(scope)).toEqual([]);
    const applied = await apply(scope, view.id);
    expect(applied).toMatchObject({ status: "applied", takenAt: day(1).toISOString() });
    expect(await followerKeys(scope)).toEqual(["anna", "bob", "cy"]);
    const jobs = await database.prisma.job.findMany({ where: { trackedAccountId: scope.trackedAccountId }, orderBy: { id: "asc" } });
    expect(jobs.map((j) => [j.kind, j.status])).toEqual([
      ["preview-import", "done"], ["apply-import", "done"], ["rescore-bots", "done"], ["detect-anomalies", "done"],
    ]);
  });

  it("applies from what the preview kept, without the file; another snapshot time parses the file again", async () => {
    const scope = await newAccount();
    const view = await upload(scope, tiktokJson(["Anna", "bob"], ["bob"]), { takenAt: day(1) });
    const row = await database.prisma.import.findUniqueOrThrow({ where: { id: view.id }, include: { content: true } });
    expect(row.content).toMatchObject({ takenAt: day(1) });
    // With the file gone, only the kept content can be applied.
    rmSync(row.storagePath!, { force: true });
    expect(await apply(scope, view.id)).toMatchObject({ status: "applied" });
    expect(await followerKeys(scope)).toEqual(["anna", "bob"]);
    expect(await database.prisma.importContent.count({ where: { importId: view.id } })).toBe(0);
    const kept = await database.prisma.snapshotContent.findUniqueOrThrow({ where: { snapshotId: (await getImport(scope, view.id))!.snapshotId! } });
    expect(Buffer.from(kept.data).equals(Buffer.from(row.content!.data))).toBe(true);

    const moved = await upload(scope, tiktokJson(["Anna"], ["bob"]), { takenAt: day(3) });
    const movedRow = await database.prisma.import.findUniqueOrThrow({ where: { id: moved.id } });
    rmSync(movedRow.storagePath!, { force: true });
    const failed = await apply(scope, moved.id, day(2));
    expect(failed).toMatchObject({ status: "failed", error: expect.stringMatching(/file|ENOENT|no such/i) });
    expect(await database.prisma.importContent.count({ where: { importId: moved.id } })).toBe(0);
  });

  it("a discarded import drops what its preview kept", async () => {
    const scope = await newAccount();
    const view = await upload(scope, tiktokJson(["a"], []), { takenAt: day(1) });
    expect(await database.prisma.importContent.count({ where: { importId: view.id } })).toBe(1);
    await discardImport(scope, view.id);
    expect(await database.prisma.importContent.count({ where: { importId: view.id } })).toBe(0);
  });

  it("recognises the same file twice and changes nothing", async () => {
    const scope = await newAccount();
    const text = tiktokJson(["a1", "a2"], []);
    const first = await upload(scope, text, { autoApply: true, takenAt: day(1) });
    expect(first.status).toBe("applied");
    const again = await upload(scope, text, { autoApply: true, takenAt: day(2) });
    expect(again).toMatchObject({ status: "duplicate", snapshotId: first.snapshotId });
    expect(await database.prisma.snapshot.count({ where: { trackedAccountId: scope.trackedAccountId } })).toBe(1);
  });

  it("fails a malformed file with its reason, writes nothing and keeps earlier data", async () => {
    const scope = await newAccount();
    await upload(scope, tiktokJson(["keep_me"], []), { autoApply: true, takenAt: day(1) });
    const bad = await upload(scope, tiktokJson(["x", "y"], []).slice(0, 60), { autoApply: true, takenAt: day(2) });
    expect(bad.status).toBe("failed");
    expect(bad.error).toMatch(/\S/);
    expect(await followerKeys(scope)).toEqual(["keep_me"]);
    expect(await database.prisma.snapshot.count({ where: { trackedAccountId: scope.trackedAccountId } })).toBe(1);
  });

  it("flags a probably partial export: waits for confirmation from the dashboard, held when pushed", async () => {
    const scope = await newAccount();
    await upload(scope, tiktokJson(names(40), []), { autoApply: true, takenAt: day(1) });
    const cut = await upload(scope, tiktokJson(names(5), []), { takenAt: day(2) });
    expect(cut.status).toBe("ready");
    expect(cut.preview).toMatchObject({ lostFollowers: 35, partial: { list: "followers", found: 5, expected: 40, against: "previous-snapshot" } });
    const pushed = await upload(scope, tiktokJson(names(6), [], 40), { autoApply: true, takenAt: day(3) });
    expect(pushed.status).toBe("held");
    expect((await followerKeys(scope)).length).toBe(40);
  });

  it("places an older export in its place in the timeline and recomputes the history", async () => {
    const scope = await newAccount();
    await upload(scope, tiktokJson(["a", "b", "c"], []), { autoApply: true, takenAt: day(1) });
    await upload(scope, tiktokJson(["a", "d"], []), { autoApply: true, takenAt: day(5) });
    const late = await upload(scope, tiktokJson(["a", "b"], []), { takenAt: day(3) });
    expect(late.preview?.insertsBefore).toBe(day(5).toISOString());
    expect((await apply(scope, late.id)).status).toBe("applied");
    const snaps = await database.prisma.snapshot.findMany({ where: { trackedAccountId: scope.trackedAccountId }, orderBy: { takenAt: "asc" } });
    expect(snaps.map((s) => [s.followerCount, s.gainedFollowers, s.lostFollowers])).toEqual([[3, 3, 0], [2, 0, 1], [2, 1, 1]]);
    const c = await database.prisma.followInterval.findFirstOrThrow({ where: { trackedAccountId: scope.trackedAccountId, handleKey: "c" } });
    expect(c).toMatchObject({ untilAfter: day(1), untilBefore: day(3) });
  });

  it("refuses to apply a different export at the exact time of an existing snapshot, and lets another time through", async () => {
    const scope = await newAccount();
    await upload(scope, tiktokJson(["a", "b"], []), { autoApply: true, takenAt: day(1) });
    await upload(scope, tiktokJson(["a", "c"], []), { autoApply: true, takenAt: day(3) });
    const clash = await upload(scope, tiktokJson(["a"], []), { takenAt: day(1) });
    await expect(confirmImport(scope, clash.id)).rejects.toThrow(`A different snapshot taken at exactly ${day(1).toISOString()} is already imported`);
    expect((await getImport(scope, clash.id))?.status).toBe("ready");
    expect(await database.prisma.snapshot.count({ where: { trackedAccountId: scope.trackedAccountId } })).toBe(2);
    expect((await apply(scope, clash.id, day(2))).status).toBe("applied");
  });

  it("deleting a snapshot recomputes the history after it", async () => {
    const scope = await newAccount();
    await upload(scope, tiktokJson(["a", "b"], []), { autoApply: true, takenAt: day(1) });
    const middle = await upload(scope, tiktokJson(["a"], []), { autoApply: true, takenAt: day(2) });
    await upload(scope, tiktokJson(["a", "b"], ["z"]), { autoApply: true, takenAt: day(3) });
    await requestSnapshotDeletion(scope, middle.snapshotId!);
    await runJobsUntilIdle(database.prisma);
    const snaps = await database.prisma.snapshot.findMany({ where: { trackedAccountId: scope.trackedAccountId }, orderBy: { takenAt: "asc" } });
    expect(snaps.map((s) => [s.followerCount, s.lostFollowers])).toEqual([[2, 0], [2, 0]]);
    expect(await database.prisma.followInterval.count({ where: { trackedAccountId: scope.trackedAccountId } })).toBe(0);
    expect((await getImport(scope, middle.id))?.status).toBe("removed");
  });

  it("two uploads at once are applied one after the other, in time order", async () => {
    const scope = await newAccount();
    const [first, second] = await Promise.all([
      upload(scope, tiktokJson(["a", "b"], []), { autoApply: true, takenAt: day(1) }),
      upload(scope, tiktokJson(["a"], []), { autoApply: true, takenAt: day(2) }),
    ]);
    expect([first.status, second.status]).toEqual(["applied", "applied"]);
    const snaps = await database.prisma.snapshot.findMany({ where: { trackedAccountId: scope.trackedAccountId }, orderBy: { takenAt: "asc" } });
    expect(snaps.map((s) => [s.followerCount, s.lostFollowers])).toEqual([[2, 0], [1, 1]]);
  });

  it("an apply written but never handed to the queue (the web process died after the commit) runs when a worker starts", async () => {
    const scope = await newAccount();
    const view = await upload(scope, tiktokJson(["a", "b", "c"], []), { takenAt: day(1) });
    // As a web process that died between its commit and the dispatch leaves it: the import applying, its job queued.
    await database.prisma.import.update({ where: { id: view.id }, data: { status: "applying" } });
    await database.prisma.job.create({ data: { kind: "apply-import", trackedAccountId: scope.trackedAccountId, payload: { importId: view.id } } });
    await runJobsUntilIdle(database.prisma);
    expect((await getImport(scope, view.id))?.status).toBe("applied");
    expect(await followerKeys(scope)).toEqual(["a", "b", "c"]);
  });
});
