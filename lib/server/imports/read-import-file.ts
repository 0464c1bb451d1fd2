import { stageParsedLists } from "@/lib/domain/imports/stage-parsed";
import type { StagedSnapshot } from "@/lib/domain/stage-rows";
import { chooseSnapshotTime } from "@/lib/domain/imports/snapshot-time";
import type { ParsedExport } from "@/lib/domain/imports/types";
import type { Import } from "../generated/prisma/client";
import { collectGarbage } from "../jobs/collect-garbage";
import { importContentHash } from "./content-hash";
import { parseExportFile } from "./parse-export-file";

/** The snapshot to apply, and what else the export said (its lists themselves are dropped once staged). */
export type ReadImport = { parsed: ParsedExport; prepared: StagedSnapshot };

/**
 * Parses an import's stored file and turns it into the snapshot it stands for, at the time the import says (the
 * creator's choice, else the export's own).
 */
export async function readImportFile(row: Import, onProgress?: (read: number, total: number) => void, now = new Date()): Promise<ReadImport> {
  if (!row.storagePath) throw new Error("The uploaded file is no longer kept; upload it again");
  const parsed = await parseExportFile(row.storagePath, row.fileName, { now, onProgress });
  collectGarbage((parsed.followers?.handles.length ?? 0) + (parsed.following?.handles.length ?? 0));
  const takenAt =
    row.status === "parsing"
      ? chooseSnapshotTime({
          chosen: row.takenAt,
          exportedAt: parsed.exportedAt,
          fileModifiedAt: row.exportedAt,
          lastRecordAt: parsed.lastRecordAt,
          uploadedAt: row.createdAt,
        })
      : row.takenAt!;
  const prepared = importSnapshot(row, parsed.format, takenAt, {
    hasFollowers: parsed.followers !== null,
    hasFollowing: parsed.following !== null,
    columns: stageParsedLists(parsed.followers, parsed.following, takenAt),
  });
  const read = { parsed: { ...parsed, followers: null, following: null }, prepared };
  parsed.followers = null;
  parsed.following = null;
  collectGarbage(prepared.columns.keys.length);
  return read;
}

/** The snapshot an import stands for. The content hash is the file's: the same file is the same snapshot. */
export function importSnapshot(row: Import, format: string, takenAt: Date, lists: Pick<StagedSnapshot, "hasFollowers" | "hasFollowing" | "columns">): StagedSnapshot {
  return { takenAt, source: `import:${format}`, contentHash: importContentHash(row.fileHash), ...lists, profiles: [] };
}
