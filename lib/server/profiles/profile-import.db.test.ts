// A profile file goes upload → preview → apply → rescore through the real jobs: the preview names every problem,
// the apply writes all of it in one transaction or nothing, a second apply of the same file changes nothing, and
// the scores stand on the profiles afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProfileReport } from "@/lib/domain/profiles/profile-report";
import type { SnapshotEntry } from "@/lib/domain/types";
import { authorizeTrackedAccount, type AccountScope } from "@/lib/server/access/account-scope";
import { scoreTrackedAccount } from "@/lib/server/bots/score-tracked-account";
import type { Database } from "@/lib/server/db/open-database";
import { applySnapshot } from "@/lib/server/snapshots/apply-snapshot";
import { upsertProfiles } from "@/lib/server/snapshots/upsert-profiles";
import { runJobsUntilIdle } from "@/lib/server/worker/run-jobs-until-idle";
import { openTestDatabase } from "@/test/test-database";
import { applyProfileImport } from "./apply-profile-import";
import { createProfileImport } from "./create-profile-import";
import { confirmProfileImport, remapProfileImport } from "./decide-profile-import";
import { getProfileImport } from "./get-profile-import";

const TAKEN = new Date("2026-05-01T12:00:00Z");
const DAY = 86_400_000;
const followers: SnapshotEntry[] = Array.from({ length: 60 }, (_, i) => ({ handle: `fan.${i}`, since: new Date(TAKEN.getTime() - (100 - i) * DAY) }));
const following: SnapshotEntry[] = [{ handle: "idol.one", since: new Date(TAKEN.getTime() - 10 * DAY) }];

const header = "handle,followers,following,videos,avatar,private,bio,created,last_post,score";
const good = (i: number) => `fan.${i},${100 + i},${80 + i},${10 + i},https://cdn.example/${i}.jpg,no,hello there,2021-03-0${1 + (i % 9)},2026-04-2${i % 9}T10:00:00Z,${i}`;
const csv = [header, ...Array.from({ length: 50 }, (_, i) => good(i)), "fan.55,-4,10,1,,no,,,,1", "stranger,10,10,1,,no,,,,1", "idol.one,90000,120,400,https://cdn.example/idol.jpg,no,idol,2019-01-01,2026-04-30,1"].join("\n");

let database: Database;
let uploads: string;
let scope: AccountScope;
let trackedAccountId: number;
const viewer = { userId: 0, email: "profiles@test.local", role: "CREATOR" as const };

async function* body(text: string) {
  yield new TextEncoder().encode(text);
}
const upload = (text: string) => createProfileImport(scope, { fileName: "profiles.csv", body: body(text), createdById: viewer.userId });
const profiles = () => database.prisma.accountProfile.findMany({ orderBy: { handleKey: "asc" }, omit: { updatedAt: true } });
const confidentScores = () => database.prisma.botScore.count({ where: { trackedAccountId, confidence: { in: ["medium", "high"] } } });

beforeAll(async () => {
  uploads = mkdtempSync(path.join(os.tmpdir(), "followlens-profiles-"));
  process.env.FOLLOWLENS_UPLOAD_DIR = uploads;
  database = await openTestDatabase();
  const p = database.prisma;
  viewer.userId = (await p.user.create({ data: { email: viewer.email, passwordHash: "x" } })).id;
  trackedAccountId = (await p.trackedAccount.create({ data: { ownerId: viewer.userId, handle: "profile.owner", handleKey: "profile.owner" } })).id;
  await applySnapshot(p, trackedAccountId, { takenAt: TAKEN, source: "tiktok-json", followers, following });
  await scoreTrackedAccount(p, trackedAccountId, () => {}, TAKEN);
  scope = await authorizeTrackedAccount(viewer, "profile.owner");
  // A profile pushed earlier through the API: a failed apply must leave it as it was.
  await p.$transaction((tx) => upsertProfiles(tx, "tiktok", [{ handle: "fan.0", followerCount: 7, hasAvatar: false }]));
}, 300_000);
afterAll(async () => {
  await database?.close();
  rmSync(uploads, { recursive: true, force: true });
});

describe("importing a profile file", () => {
  it("previews the mapping, the counts and exactly the rows and columns it ignores", async () => {
    const { profileImportId } = await upload(csv);
    await runJobsUntilIdle(database.prisma);
    const view = (await getProfileImport(scope, profileImportId))!;
    expect(view.status).toBe("ready");
    const report = view.report!;
    expect(report.columns.find((c) => c.name === "score")).toMatchObject({ target: null, note: "ignored: unknown column" });
    expect(report).toMatchObject({ rows: 53, withProblems: 1, usable: 52, matched: 51, matchedFollowers: 50, matchedFollowing: 1, notMatched: 1 });
    expect(report.problems.map((g) => [g.kind, g.column, g.rows])).toEqual([
      ["negative-count", "followers", [52]],
      ["not-connected", "handle", [53]],
    ]);
    expect(await profiles()).toHaveLength(1);
  });

  it("re-previews with a changed mapping, from the stored file", async () => {
    const { profileImportId } = await upload(csv);
    await runJobsUntilIdle(database.prisma);
    await remapProfileImport(scope, profileImportId, { followers: "ignore" });
    await runJobsUntilIdle(database.prisma);
    const report = (await getProfileImport(scope, profileImportId))!.report as ProfileReport;
    expect(report.columns.find((c) => c.name === "followers")).toMatchObject({ target: null, chosen: true });
    expect(report).toMatchObject({ withProblems: 0, matched: 52 });
  });

  it("writes nothing when the apply fails halfway", async () => {
    const { profileImportId } = await upload(csv);
    await runJobsUntilIdle(database.prisma);
    await confirmProfileImport(scope, profileImportId);
    const before = await profiles();
    let batches = 0;
    const failing = applyProfileImport(database.prisma, profileImportId, async () => {}, () => {}, {
      batchSize: 10,
      batchWritten: () => {
        if (++batches === 3) throw new Error("the disk is full");
      },
    });
    await expect(failing).rejects.toThrow("the disk is full");
    expect(batches).toBe(3);
    expect(await profiles()).toEqual(before);
    expect((await getProfileImport(scope, profileImportId))!).toMatchObject({ status: "failed", error: "the disk is full" });
    await database.prisma.job.deleteMany({ where: { kind: "apply-profiles", status: "queued" } });
  });

  it("applies in one go, requests a rescore, and the scores then rest on the profiles", async () => {
    const confidentBefore = await confidentScores();
    const { profileImportId } = await upload(csv);
    await runJobsUntilIdle(database.prisma);
    await confirmProfileImport(scope, profileImportId);
    await runJobsUntilIdle(database.prisma);
    const view = (await getProfileImport(scope, profileImportId))!;
    expect(view).toMatchObject({ status: "applied", written: 51, rescoreActive: false });
    const rescore = await database.prisma.job.findUniqueOrThrow({ where: { id: view.rescoreJobId! } });
    expect(rescore).toMatchObject({ kind: "rescore-bots", status: "done" });
    const written = await database.prisma.accountProfile.findUniqueOrThrow({ where: { platform_handleKey: { platform: "tiktok", handleKey: "fan.0" } } });
    expect(written).toMatchObject({ followerCount: 100, followingCount: 80, videoCount: 10, hasAvatar: true, isPrivate: false, bioLength: 11 });
    expect(written.accountCreatedAt).toEqual(new Date("2021-03-01T00:00:00Z"));
    expect(await database.prisma.accountProfile.findUnique({ where: { platform_handleKey: { platform: "tiktok", handleKey: "stranger" } } })).toBeNull();
    expect(await database.prisma.accountProfile.findUnique({ where: { platform_handleKey: { platform: "tiktok", handleKey: "fan.55" } } })).toBeNull();
    expect(await confidentScores()).toBeGreaterThanOrEqual(confidentBefore + 51);
  });

  it("applies the same file a second time harmlessly", async () => {
    const before = await profiles();
    const { profileImportId } = await upload(csv);
    await runJobsUntilIdle(database.prisma);
    await confirmProfileImport(scope, profileImportId);
    await runJobsUntilIdle(database.prisma);
    expect((await getProfileImport(scope, profileImportId))!).toMatchObject({ status: "applied", written: 51 });
    expect(await profiles()).toEqual(before);
  });

  it("refuses to apply a file twice, or another account's", async () => {
    const { profileImportId } = await upload(csv);
    await runJobsUntilIdle(database.prisma);
    await confirmProfileImport(scope, profileImportId);
    await expect(confirmProfileImport(scope, profileImportId)).rejects.toThrow(/not waiting for a decision/);
    const other = { ...scope, trackedAccountId: trackedAccountId + 1000 } as AccountScope;
    expect(await getProfileImport(other, profileImportId)).toBeNull();
    await runJobsUntilIdle(database.prisma);
  });

  it("fails a file that is not a profile list, with the reason, and drops it", async () => {
    const { profileImportId } = await upload('handle,followers\n"anna,1\n');
    await runJobsUntilIdle(database.prisma);
    const view = (await getProfileImport(scope, profileImportId))!;
    expect(view.status).toBe("failed");
    expect(view.error).toMatch(/Not valid CSV/);
    expect((await database.prisma.profileImport.findUniqueOrThrow({ where: { id: profileImportId } })).storagePath).toBeNull();
  });
});
