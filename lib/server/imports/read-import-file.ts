import { prepareList, type PreparedSnapshot } from "@/lib/domain/prepare-snapshot";
import { chooseSnapshotTime } from "@/lib/domain/imports/snapshot-time";
import type { ParsedExport } from "@/lib/domain/imports/types";
import type { Import } from "../generated/prisma/client";
import { parseExportFile } from "./parse-export-file";

export type ReadImport = { parsed: ParsedExport; prepared: PreparedSnapshot };

/**
 * Parses an import's stored file and turns it into the snapshot it stands for, at the time the import says (the
 * creator's choice, else the export's own). The content hash is the file's: the same file is the same snapshot.
 */
export async function readImportFile(row: Import, now = new Date()): Promise<ReadImport> {
  if (!row.storagePath) throw new Error("The uploaded file is no longer kept; upload it again");
  const parsed = await parseExportFile(row.storagePath, row.fileName, { now });
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
  const prepared: PreparedSnapshot = {
    takenAt,
    source: `import:${parsed.format}`,
    followers: parsed.followers ? prepareList(parsed.followers, takenAt) : null,
    following: parsed.following ? prepareList(parsed.following, takenAt) : null,
    profiles: [],
    contentHash: `file:${row.fileHash}`,
  };
  return { parsed, prepared };
}
