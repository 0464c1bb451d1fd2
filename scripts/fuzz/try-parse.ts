// One stored upload through the parse path its preview job takes (readImportFile: parse, then the snapshot to apply),
// judged: accepted with a well-formed snapshot, rejected with an ImportError a person can read, or a crash.
import { cleanFileName } from "@/lib/domain/imports/file-names";
import { ImportError } from "@/lib/domain/imports/types";
import type { Import } from "@/lib/server/generated/prisma/client";
import { readImportFile, type ReadImport } from "@/lib/server/imports/read-import-file";

export type Outcome =
  | { kind: "accepted"; rows: number }
  | { kind: "rejected"; code: string; message: string }
  | { kind: "crash"; error: string };

const TIMEOUT_MS = 30_000;
const HANDLE = /^[\p{L}\p{M}\p{Nd}_.]{1,64}$/u;

export async function tryParse(storagePath: string, uploadName: string, now: Date): Promise<Outcome> {
  const row = { storagePath, fileName: cleanFileName(uploadName), status: "parsing", takenAt: null, exportedAt: null, createdAt: now, fileHash: "fuzz" } as Import;
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)));
  try {
    const read = await Promise.race([readImportFile(row, undefined, now), hang]);
    const problem = malformed(read, now);
    return problem ? { kind: "crash", error: `accepted, but ${problem}` } : { kind: "accepted", rows: read.prepared.columns.keys.length };
  } catch (error) {
    if (error instanceof ImportError) {
      const problem = unshowable(error.message);
      return problem ? { kind: "crash", error: `ImportError ${problem}: ${error.message.slice(0, 200)}` } : { kind: "rejected", code: error.code, message: error.message };
    }
    return { kind: "crash", error: error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}\n${error.stack?.split("\n").slice(1, 6).join("\n")}` : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** What is wrong with an accepted snapshot, or null. */
function malformed({ parsed, prepared }: ReadImport, now: Date): string | null {
  const { keys, handles, followerSince, followingSince } = prepared.columns;
  if (!prepared.hasFollowers && !prepared.hasFollowing) return "neither list is present";
  if (!(prepared.takenAt.getTime() <= now.getTime())) return `the snapshot time ${prepared.takenAt.toISOString()} is after the upload`;
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && !(keys[i - 1]! < keys[i]!)) return `keys out of order or repeated at row ${i}`;
    if (!HANDLE.test(handles[i]!) || handles[i]!.toLowerCase() !== keys[i]) return `row ${i} holds the handle ${JSON.stringify(handles[i]?.slice(0, 80))}`;
    for (const since of [followerSince[i], followingSince[i]]) {
      if (since !== null && since !== undefined && !(since <= prepared.takenAt.getTime())) return `row ${i} follows after the snapshot`;
    }
  }
  for (const text of [parsed.layout, ...parsed.warnings]) {
    const problem = unshowable(text);
    if (problem) return `a layout or warning ${problem}`;
  }
  return null;
}

/** Why a message cannot be shown or stored as it is, or null. */
export function unshowable(text: string): string | null {
  if (!text.trim()) return "is empty";
  if (text.length > 600) return `is ${text.length} characters long`;
  if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(text)) return "holds control characters";
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)) return "holds a lone surrogate";
  return null;
}
