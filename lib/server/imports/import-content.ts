import type { ParsedExport, ParsedList } from "@/lib/domain/imports/types";
import type { Import, Prisma, PrismaClient } from "../generated/prisma/client";
import { decodeSnapshotContent, encodeSnapshotContent } from "../snapshots/snapshot-content";
import { importSnapshot, type ReadImport } from "./read-import-file";

/** What applying needs of a parsed import; `keptLists` is its lists already encoded for snapshot_contents. */
export type ImportToApply = ReadImport & { keptLists?: Buffer };

type StoredParsed = Omit<ParsedExport, "followers" | "following" | "unfollowed" | "exportedAt" | "firstRecordAt" | "lastRecordAt"> & {
  unfollowed: { handles: string[]; since: (number | null)[] } | null;
  exportedAt: string | null;
  firstRecordAt: string | null;
  lastRecordAt: string | null;
};

/**
 * Keeps what the preview parsed while the import waits for the creator: applying it then decodes these columns
 * (about a second at a million rows) instead of parsing the file again, and stores the same bytes as the snapshot's
 * kept lists. The file stays until the import is applied, as the fallback.
 */
export async function keepImportContent(prisma: PrismaClient, importId: number, read: ReadImport) {
  const { prepared, parsed } = read;
  const data = (await encodeSnapshotContent({ hasFollowers: prepared.hasFollowers, hasFollowing: prepared.hasFollowing, columns: prepared.columns })) as Uint8Array<ArrayBuffer>;
  const stored: StoredParsed = {
    format: parsed.format,
    layout: parsed.layout,
    profile: parsed.profile,
    warnings: parsed.warnings,
    unfollowed: parsed.unfollowed && { handles: parsed.unfollowed.handles, since: Array.from(parsed.unfollowed.since, (v) => (Number.isNaN(v) ? null : v)) },
    exportedAt: parsed.exportedAt?.toISOString() ?? null,
    firstRecordAt: parsed.firstRecordAt?.toISOString() ?? null,
    lastRecordAt: parsed.lastRecordAt?.toISOString() ?? null,
  };
  const parsedJson = stored as unknown as Prisma.InputJsonValue;
  await prisma.importContent.upsert({
    where: { importId },
    create: { importId, takenAt: prepared.takenAt, data, parsed: parsedJson },
    update: { takenAt: prepared.takenAt, data, parsed: parsedJson },
  });
}

/**
 * The kept content of an import about to be applied, or null (none kept, or the creator chose another snapshot time:
 * dates the export lacks were staged at the old one, so the file is parsed again).
 */
export async function loadImportContent(prisma: PrismaClient, row: Import): Promise<ImportToApply | null> {
  const kept = await prisma.importContent.findUnique({ where: { importId: row.id } });
  if (!kept || !row.takenAt || kept.takenAt.getTime() !== row.takenAt.getTime()) return null;
  const content = decodeSnapshotContent(kept.data);
  const stored = kept.parsed as unknown as StoredParsed;
  const date = (iso: string | null) => (iso === null ? null : new Date(iso));
  const unfollowed: ParsedList | null = stored.unfollowed && {
    handles: stored.unfollowed.handles,
    since: Float64Array.from(stored.unfollowed.since, (v) => v ?? NaN),
  };
  const parsed: ParsedExport = {
    ...stored,
    followers: null,
    following: null,
    unfollowed,
    exportedAt: date(stored.exportedAt),
    firstRecordAt: date(stored.firstRecordAt),
    lastRecordAt: date(stored.lastRecordAt),
  };
  return {
    parsed,
    prepared: importSnapshot(row, parsed.format, row.takenAt, content),
    keptLists: Buffer.from(kept.data),
  };
}

export async function dropImportContent(prisma: PrismaClient, importId: number) {
  await prisma.importContent.deleteMany({ where: { importId } });
}
