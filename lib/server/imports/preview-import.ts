import { rm } from "node:fs/promises";
import { detectPartial } from "@/lib/domain/imports/detect-partial";
import { listSizes } from "@/lib/domain/stage-rows";
import { handleKey } from "@/lib/domain/handles";
import type { ImportPreview } from "@/lib/domain/imports/preview";
import { ImportError } from "@/lib/domain/imports/types";
import type { PrismaClient } from "../generated/prisma/client";
import { enqueueJob } from "../jobs/enqueue-job";
import type { JobProgress } from "../jobs/job-types";
import { isTransientError } from "../jobs/transient-error";
import { findLastSnapshotWith } from "../snapshots/find-last-snapshot-with";
import { dropImportContent, keepImportContent } from "./import-content";
import { keepParsedImport } from "./parsed-cache";
import { previewChanges } from "./preview-changes";
import { readImportFile } from "./read-import-file";

/**
 * The "preview-import" job: parses the stored file and records what applying it would do, without changing any
 * follower data. A file that looks partial is held (API pushes) or waits for the creator's confirmation; a clean API
 * push goes straight on to applying. Bad input fails the import with the parser's message and drops the file.
 */
export async function previewImport(prisma: PrismaClient, importId: number, progress: JobProgress) {
  const row = await prisma.import.findUnique({ where: { id: importId } });
  if (!row || row.status !== "parsing") return;
  try {
    await progress("reading the file", 0, 1);
    const { parsed, prepared } = await readImportFile(row, (read, total) => void progress("reading the file", read, total).catch(() => {}));
    const tid = row.trackedAccountId;
    const sizes = listSizes(prepared.columns);
    await progress("comparing with your data", 0, 1);
    const latest = await prisma.snapshot.findFirst({ where: { trackedAccountId: tid }, orderBy: { takenAt: "desc" } });
    const late = latest !== null && prepared.takenAt <= latest.takenAt;
    // Nothing stored yet: everything is new and nothing is lost, no need to stage a million rows to learn that.
    const empty = !latest && !(await prisma.relationship.findFirst({ where: { trackedAccountId: tid }, select: { handleKey: true } }));
    const counts = late
      ? { newFollowers: null, lostFollowers: null, newFollowing: null, lostFollowing: null }
      : empty
        ? { newFollowers: prepared.hasFollowers ? sizes.followers : null, lostFollowers: prepared.hasFollowers ? 0 : null, newFollowing: prepared.hasFollowing ? sizes.following : null, lostFollowing: prepared.hasFollowing ? 0 : null }
        : await previewChanges(prisma, tid, prepared);
    const lastWith = (list: "hasFollowers" | "hasFollowing") => findLastSnapshotWith(prisma, tid, list, prepared.takenAt);
    const found = { followers: prepared.hasFollowers ? sizes.followers : null, following: prepared.hasFollowing ? sizes.following : null };
    const partial = detectPartial(
      found,
      { followers: (await lastWith("hasFollowers"))?.followerCount ?? null, following: (await lastWith("hasFollowing"))?.followingCount ?? null },
      parsed.profile ? { followers: parsed.profile.followerCount, following: parsed.profile.followingCount } : null,
    );
    const next = late ? await prisma.snapshot.findFirst({ where: { trackedAccountId: tid, takenAt: { gt: prepared.takenAt } }, orderBy: { takenAt: "asc" } }) : null;
    const preview: ImportPreview = {
      ...counts,
      insertsBefore: next ? next.takenAt.toISOString() : late && latest ? latest.takenAt.toISOString() : null,
      partial,
      unfollowedRecorded: parsed.unfollowed?.handles.length ?? 0,
    };
    const account = await prisma.trackedAccount.findUniqueOrThrow({ where: { id: tid }, select: { handle: true, handleKey: true } });
    const exportHandle = parsed.profile?.handle ? handleKey(parsed.profile.handle) : null;
    const warnings = exportHandle && exportHandle !== account.handleKey
      ? [`This export's profile is @${parsed.profile!.handle}, not @${account.handle}: check that you picked the right handle.`, ...parsed.warnings]
      : parsed.warnings;
    const goOn = row.autoApply && !partial;
    // Kept before the import shows as ready, so that applying it straight away finds it.
    if (!goOn) await keepImportContent(prisma, importId, { parsed, prepared });
    await prisma.import.update({
      where: { id: importId },
      data: {
        status: goOn ? "applying" : partial && row.autoApply ? "held" : "ready",
        format: parsed.format,
        layout: parsed.layout,
        followers: found.followers,
        following: found.following,
        firstRecordAt: parsed.firstRecordAt,
        lastRecordAt: parsed.lastRecordAt,
        exportedAt: parsed.exportedAt ?? row.exportedAt,
        takenAt: prepared.takenAt,
        profileFollowerCount: parsed.profile?.followerCount ?? null,
        profileFollowingCount: parsed.profile?.followingCount ?? null,
        preview,
        warnings,
      },
    });
    // A held partial export is an anomaly for the admins to see (nothing was applied, so nothing else changed).
    if (partial && row.autoApply) await enqueueJob(prisma, "detect-anomalies", tid, { again: true });
    if (goOn) {
      keepParsedImport(importId, { parsed, prepared });
      await enqueueJob(prisma, "apply-import", tid, { payload: { importId } });
    }
  } catch (error) {
    // A lost connection is retried with the file kept; anything else ends the import with its reason.
    if (isTransientError(error)) throw error;
    await failImport(prisma, importId, row.storagePath, error);
    if (!(error instanceof ImportError)) throw error;
  }
}

/** The import ends with its reason; its file is dropped (nothing of it was applied). */
export async function failImport(prisma: PrismaClient, importId: number, storagePath: string | null, error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  await prisma.import.update({ where: { id: importId }, data: { status: "failed", error: message.slice(0, 2000), storagePath: null, finishedAt: new Date() } });
  await dropImportContent(prisma, importId);
  if (storagePath) await rm(storagePath, { force: true });
}
