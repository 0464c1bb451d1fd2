import type { Import } from "../generated/prisma/client";
import type { ImportPreview } from "@/lib/domain/imports/preview";

export type ImportStatus = "parsing" | "ready" | "held" | "applying" | "applied" | "duplicate" | "failed" | "discarded" | "removed";

/** What pages and the API show of an import: fields picked explicitly (the storage path stays private). */
export type ImportView = {
  id: number;
  origin: string;
  fileName: string;
  fileSize: number;
  status: ImportStatus;
  format: string | null;
  layout: string | null;
  followers: number | null;
  following: number | null;
  firstRecordAt: string | null;
  lastRecordAt: string | null;
  exportedAt: string | null;
  takenAt: string | null;
  preview: ImportPreview | null;
  warnings: string[];
  error: string | null;
  snapshotId: number | null;
  createdAt: string;
  finishedAt: string | null;
  /** the job to follow while it parses or applies */
  jobId: number | null;
};

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
