import type { Import } from "../generated/prisma/client";
import type { ImportStatus, ImportView } from "@/lib/domain/imports/import-view";
import type { ImportPreview } from "@/lib/domain/imports/preview";

export type { ImportView };

/** The jobs that work on an import (their payload names it). */
export const IMPORT_JOB_KINDS = ["preview-import", "apply-import"];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toImportView(row: Import, jobId: number | null): ImportView {
  return {
    id: row.id,
    origin: row.origin,
    fileName: row.fileName,
    fileSize: Number(row.fileSize),
    status: row.status as ImportStatus,
    format: row.format,
    layout: row.layout,
    followers: row.followers,
    following: row.following,
    firstRecordAt: iso(row.firstRecordAt),
    lastRecordAt: iso(row.lastRecordAt),
    exportedAt: iso(row.exportedAt),
    takenAt: iso(row.takenAt),
    preview: (row.preview as ImportPreview | null) ?? null,
    warnings: Array.isArray(row.warnings) ? (row.warnings as string[]) : [],
    error: row.error,
    snapshotId: row.snapshotId,
    createdAt: row.createdAt.toISOString(),
    finishedAt: iso(row.finishedAt),
    jobId,
  };
}
