import { mkdtempSync, rmSync, utimesSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/server/db/open-database";
import { openTestDatabase } from "@/test/test-database";
import { sweepStrayUploads } from "./sweep-stray-uploads";

let database: Database;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "followlens-sweep-"));
  process.env.FOLLOWLENS_UPLOAD_DIR = dir;
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, ageMinutes: number) => {
  const at = path.join(dir, name);
  writeFileSync(at, "x");
  const t = new Date(Date.now() - ageMinutes * 60_000);
  utimesSync(at, t, t);
  return at;
};

describe("sweepStrayUploads", () => {
  it("removes old upload files no import (of an export or of profiles) points at, and only those", async () => {
    const owner = await database.prisma.user.create({ data: { email: "sweep@test.local", passwordHash: "x" } });
    const tracked = await database.prisma.trackedAccount.create({ data: { ownerId: owner.id, handle: "sweeper", handleKey: "sweeper" } });
    const kept = file("kept.upload", 120);
    await database.prisma.import.create({ data: { trackedAccountId: tracked.id, origin: "cli", fileName: "a.zip", fileSize: 1n, fileHash: "h", storagePath: kept, status: "ready" } });
    const profiles = file("profiles.upload", 120);
    await database.prisma.profileImport.create({ data: { trackedAccountId: tracked.id, fileName: "p.csv", fileSize: 1n, fileHash: "h", storagePath: profiles, status: "ready" } });
    const stray = file("stray.upload", 120);
    const fresh = file("fresh.upload", 1);
    const other = file("notes.txt", 120);
    expect(await sweepStrayUploads(database.prisma, 60 * 60_000)).toEqual([stray]);
    expect([kept, profiles, stray, fresh, other].map(existsSync)).toEqual([true, true, false, true, true]);
  });
});
