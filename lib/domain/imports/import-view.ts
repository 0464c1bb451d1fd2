import type { ImportPreview } from "./preview";

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
