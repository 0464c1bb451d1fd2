import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "../generated/prisma/client";
import { uploadDir } from "./upload-dir";

const DEFAULT_MINUTES = 60;

/** How old an unreferenced upload file must be before the sweep removes it: FOLLOWLENS_STRAY_UPLOAD_MINUTES. */
export function strayUploadAgeMs(env: NodeJS.ProcessEnv = process.env): number {
  const minutes = Number(env.FOLLOWLENS_STRAY_UPLOAD_MINUTES);
  return (Number.isFinite(minutes) && minutes >= 0 ? minutes : DEFAULT_MINUTES) * 60_000;
}

/**
 * Removes upload files no import (of an export or of profiles) points at and nobody has written for `olderThanMs`: what a web process killed
 * during an upload leaves behind (its own cleanup never ran). A file still being written keeps a fresh mtime, and a
 * finished one is referenced within moments, so the age keeps both safe. Returns the files removed.
 */
export async function sweepStrayUploads(prisma: PrismaClient, olderThanMs = strayUploadAgeMs()): Promise<string[]> {
  const dir = uploadDir();
  const names = await readdir(dir).catch(() => [] as string[]);
  const candidates: string[] = [];
  for (const name of names) {
    if (!name.endsWith(".upload")) continue;
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && Date.now() - info.mtimeMs >= olderThanMs) candidates.push(file);
  }
  if (candidates.length === 0) return [];
  const where = { storagePath: { in: candidates } };
  const referenced = [
    ...(await prisma.import.findMany({ where, select: { storagePath: true } })),
    ...(await prisma.profileImport.findMany({ where, select: { storagePath: true } })),
  ];
  const keep = new Set(referenced.map((r) => r.storagePath));
  const removed = candidates.filter((f) => !keep.has(f));
  for (const file of removed) await rm(file, { force: true });
  return removed;
}
