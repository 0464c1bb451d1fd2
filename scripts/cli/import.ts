import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { trackedHandleSchema } from "../../lib/domain/tracked-handle-schema";
import { operatorScope } from "../../lib/server/access/account-scope";
import { NotFoundError } from "../../lib/server/auth/viewer";
import { db } from "../../lib/server/db";
import { createImport } from "../../lib/server/imports/create-import";
import { runJobsUntilIdle } from "../../lib/server/worker/run-jobs-until-idle";
import { createTrackedAccount } from "../../lib/server/tracked-accounts/create-tracked-account";

const argsSchema = z.object({
  account: z.string({ error: "--account HANDLE is required" }).min(1),
  file: z.string({ error: "--file PATH is required" }).min(1),
  owner: z.string().optional(),
  "taken-at": z.iso.datetime({ offset: true, error: "--taken-at must be an ISO time such as 2026-05-01T10:00:00Z" }).optional(),
});

/**
 * Imports one export file the way the dashboard does (parse, check for a partial export, apply, rescore), then
 * prints one JSON object. A probably partial export is held for review in the dashboard instead of applied.
 */
export async function importCommand(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { account: { type: "string" }, file: { type: "string" }, owner: { type: "string" }, "taken-at": { type: "string" } },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const { account, file, owner } = parsed.data;
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new Error(`No such file: ${file}`);
  const scope = await scopeFor(account, owner);
  const created = await createImport(scope, {
    origin: "cli",
    fileName: path.basename(file),
    body: createReadStream(file),
    createdById: null,
    autoApply: true,
    takenAt: parsed.data["taken-at"] ? new Date(parsed.data["taken-at"]) : undefined,
    fileModifiedAt: info.mtime,
  });
  await runJobsUntilIdle(db());
  const row = await db().import.findUniqueOrThrow({ where: { id: created.importId } });
  const snapshot = row.snapshotId ? await db().snapshot.findUnique({ where: { id: row.snapshotId } }) : null;
  const preview = row.preview as { newFollowers?: number | null; lostFollowers?: number | null; newFollowing?: number | null; lostFollowing?: number | null } | null;
  const applied = row.status === "applied";
  const result = {
    account: scope.handle,
    snapshotId: row.snapshotId,
    takenAt: (snapshot?.takenAt ?? row.takenAt)?.toISOString() ?? null,
    format: row.format,
    followers: row.followers,
    following: row.following,
    newFollowers: applied ? snapshot?.gainedFollowers ?? 0 : row.status === "duplicate" ? 0 : preview?.newFollowers ?? null,
    lostFollowers: applied ? snapshot?.lostFollowers ?? 0 : row.status === "duplicate" ? 0 : preview?.lostFollowers ?? null,
    newFollowing: applied ? snapshot?.gainedFollowing ?? 0 : row.status === "duplicate" ? 0 : preview?.newFollowing ?? null,
    lostFollowing: applied ? snapshot?.lostFollowing ?? 0 : row.status === "duplicate" ? 0 : preview?.lostFollowing ?? null,
    status: row.status,
    ...(row.error ? { error: row.error } : {}),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (row.status === "failed") process.exitCode = 1;
}

/** The tracked account; with --owner, one that does not exist yet is created for that creator. */
async function scopeFor(account: string, owner: string | undefined) {
  try {
    return await operatorScope(account, owner);
  } catch (error) {
    if (!(error instanceof NotFoundError) || !owner) throw error;
    const user = await db().user.findUnique({ where: { email: owner.trim().toLowerCase() } });
    if (!user) throw new Error(`No user ${owner}`);
    const handle = trackedHandleSchema.safeParse(account);
    if (!handle.success) throw new Error(handle.error.issues[0]?.message ?? "Invalid handle");
    await createTrackedAccount({ userId: user.id, email: user.email, role: user.role }, handle.data);
    return operatorScope(account, owner);
  }
}
