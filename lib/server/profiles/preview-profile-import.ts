import { ImportError } from "@/lib/domain/imports/types";
import type { PrismaClient } from "../generated/prisma/client";
import type { JobProgress } from "../jobs/job-types";
import { isTransientError } from "../jobs/transient-error";
import { failProfileImport } from "./fail-profile-import";
import { matchProfileFile } from "./match-profile-file";

/**
 * The "preview-profiles" job: parses the stored file with the creator's column choices and records what applying it
 * would write, changing no profile. A file we cannot read fails the import with the parser's message.
 */
export async function previewProfileImport(prisma: PrismaClient, id: number, progress: JobProgress) {
  const row = await prisma.profileImport.findUnique({ where: { id } });
  if (!row || row.status !== "parsing") return;
  try {
    await progress("reading the file", 0, 1);
    const { report } = await matchProfileFile(prisma, row, (read, total) => void progress("reading the file", read, total).catch(() => {}));
    await prisma.profileImport.updateMany({ where: { id, status: "parsing" }, data: { status: "ready", report, error: null } });
    await progress("done", 1, 1);
  } catch (error) {
    if (isTransientError(error)) throw error;
    await failProfileImport(prisma, id, row.storagePath, error);
    if (!(error instanceof ImportError)) throw error;
  }
}
